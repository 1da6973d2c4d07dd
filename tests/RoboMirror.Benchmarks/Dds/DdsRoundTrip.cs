using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Serialization;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Benchmarks.Dds;

/// <summary>
/// Round-trip latency over Cyclone DDS on loopback, 10,000 ping-pongs of a std_msgs/String ("ping"),
/// after 1,000 unmeasured ones: first C↔C (tests/interop/c_peer, waitset based), then
/// RoboMirror↔RoboMirror (two processes, data-available listener signalling a waiting thread), on
/// two different domain ids. Prints median, p90 and p99 of each and the ratio of the medians.
/// </summary>
internal static class DdsRoundTrip
{
    private const int Count = 10_000;
    private const int Warmup = 1_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static int Run(string[] args)
    {
        var domain = 200 + (Environment.ProcessId % 30);
        var c = MeasureC(domain);
        var roboMirror = MeasureRoboMirror(domain + 1);
        Console.WriteLine($"DDS round trip on loopback, {Count} ping-pongs of std_msgs/String after {Warmup} warm-up ones:");
        Console.WriteLine($"  C <-> C                   median {c.Median,7:0.0} us   p90 {c.P90,7:0.0} us   p99 {c.P99,7:0.0} us");
        Console.WriteLine($"  RoboMirror <-> RoboMirror median {roboMirror.Median,7:0.0} us   p90 {roboMirror.P90,7:0.0} us   p99 {roboMirror.P99,7:0.0} us");
        Console.WriteLine($"  ratio of medians {roboMirror.Median / c.Median:0.00} (target: at most 1.30)");
        return 0;
    }

    private static Figures MeasureC(int domain)
    {
        var peer = CPeer.Executable();
        using var pong = Start(peer, ["pong", Text(domain), "60"], role: null, domain);
        using var ping = Start(peer, ["ping", Text(domain), Text(Count), "60"], role: null, domain);
        if (!ping.WaitForExit((int)Timeout.TotalMilliseconds))
        {
            ping.Kill();
            throw new TimeoutException($"c_peer ping did not finish within {Timeout.TotalSeconds:0} s.");
        }

        pong.Kill();
        var line = ping.StandardOutput.ReadToEnd().Split('\n').FirstOrDefault(l => l.StartsWith("round trips", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"c_peer ping printed no result: {ping.StandardError.ReadToEnd()}");
        var words = line.Split(' ');
        double Value(string key) => double.Parse(words[Array.IndexOf(words, key) + 1], CultureInfo.InvariantCulture);
        return new Figures(Value("median_us"), Value("p90_us"), Value("p99_us"));
    }

    private static Figures MeasureRoboMirror(int domain)
    {
        var (program, arguments) = SelfCommand();
        using var pong = Start(program, arguments, role: "pong", domain);
        if (pong.StandardOutput.ReadLine() != "ready")
        {
            throw new InvalidOperationException($"The pong process did not start: {pong.StandardError.ReadToEnd()}");
        }

        var node = new NodeIdentity("/", "bench_ping");
        using var transport = CycloneDds.CreateTransport(DdsBenchSettings.Options(domain));
        transport.RegisterNode(node);
        using var writer = transport.CreateWriter(node, DdsBenchSettings.Ping, QosProfile.Default);
        using var reader = transport.CreateReader(node, DdsBenchSettings.Pong, QosProfile.Default);
        using var signal = new SemaphoreSlim(0);
        reader.SetDataAvailableHandler(() => signal.Release());
        var deadline = Stopwatch.StartNew();
        while (writer.MatchedReaderCount == 0 || reader.MatchedWriterCount == 0)
        {
            if (deadline.Elapsed > Timeout)
            {
                throw new TimeoutException("The pong process did not match within the timeout.");
            }

            signal.Wait(10);
        }

        while (signal.CurrentCount > 0)
        {
            signal.Wait(0);
        }

        var ping = Serialize("ping");
        var buffer = new ArrayBufferWriter<byte>(64);
        var rtt = new double[Count];
        for (var i = 0; i < Warmup + Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            writer.Write(ping);
            while (true)
            {
                buffer.ResetWrittenCount();
                if (reader.TryTake(buffer, out _))
                {
                    break;
                }

                if (!signal.Wait(Timeout))
                {
                    throw new TimeoutException($"No pong for round trip {i} within {Timeout.TotalSeconds:0} s.");
                }
            }

            if (i >= Warmup)
            {
                rtt[i - Warmup] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        writer.Write([0x00, 0x01, 0x00, 0x00]); // header only: tells pong to stop
        pong.WaitForExit((int)Timeout.TotalMilliseconds);
        Array.Sort(rtt);
        return new Figures(rtt[Count / 2], rtt[Count * 9 / 10], rtt[Count * 99 / 100]);
    }

    private static byte[] Serialize(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var cdr = new CdrWriter(buffer);
        cdr.WriteEncapsulationHeader();
        cdr.WriteString(text);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>How to start this same program again (apphost, or dotnet plus the assembly).</summary>
    private static (string Program, string[] Arguments) SelfCommand()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        return Path.GetFileNameWithoutExtension(host) == "dotnet" ? (host, [typeof(DdsRoundTrip).Assembly.Location]) : (host, []);
    }

    private static Process Start(string program, string[] arguments, string? role, int domain)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CYCLONEDDS_URI"] = DdsBenchSettings.LoopbackConfiguration();
        start.Environment[DdsBenchSettings.DomainVariable] = Text(domain);
        if (role is null)
        {
            start.Environment.Remove(DdsBenchRoles.RoleVariable);
        }
        else
        {
            start.Environment[DdsBenchRoles.RoleVariable] = role;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Figures(double Median, double P90, double P99);
}
