using System.Buffers;
using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Benchmarks.Dds;

/// <summary>The far end of the RoboMirror round trip: every sample on /bench_ping goes back on /bench_pong unchanged.</summary>
internal static class DdsPong
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);

    public static int Run()
    {
        var node = new NodeIdentity("/", "bench_pong");
        using var transport = CycloneDds.CreateTransport(DdsBenchSettings.Options(DdsBenchSettings.DomainFromEnvironment()));
        transport.RegisterNode(node);
        using var writer = transport.CreateWriter(node, DdsBenchSettings.Pong, QosProfile.Default);
        using var reader = transport.CreateReader(node, DdsBenchSettings.Ping, QosProfile.Default);
        using var signal = new SemaphoreSlim(0);
        reader.SetDataAvailableHandler(() => signal.Release());
        Console.WriteLine("ready");
        var buffer = new ArrayBufferWriter<byte>(64);
        while (signal.Wait(IdleTimeout))
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                if (!reader.TryTake(buffer, out _))
                {
                    break;
                }

                if (buffer.WrittenCount <= 4)
                {
                    return 0; // the header alone: the ping side is done
                }

                writer.Write(buffer.WrittenSpan);
            }
        }

        Console.Error.WriteLine($"pong: no ping for {IdleTimeout.TotalSeconds:0} s, stopping.");
        return 2;
    }
}
