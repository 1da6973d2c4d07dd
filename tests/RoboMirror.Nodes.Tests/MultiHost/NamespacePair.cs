using System.Diagnostics;
using System.Globalization;

namespace RoboMirror.Nodes.Tests.MultiHost;

/// <summary>
/// Two test "machines": network namespaces A and B, unique to this run, joined by a veth pair with private
/// addresses on a /30 (10.213.x.1 in A, 10.213.x.2 in B). The pair is created inside A with its B end moved
/// straight into B, so neither end nor address ever exists in the host's namespace, and the namespaces have
/// no other interface than lo and no route beyond the /30: nothing leaves the machine. Each side has a Cyclone
/// DDS configuration that uses only its veth end, no multicast, and unicast discovery to both addresses (its
/// own, for the processes beside it, and the peer's). Dispose deletes both namespaces (and with them the pair).
/// </summary>
internal sealed class NamespacePair : IDisposable
{
    private const string VethA = "rm-veth-a";
    private const string VethB = "rm-veth-b";
    private static readonly TimeSpan IpTimeout = TimeSpan.FromSeconds(15);
    private readonly List<string> _created = [];

    private NamespacePair(string folder)
    {
        var run = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Random.Shared.Next(0x10000):x4}");
        A = "rm-a-" + run;
        B = "rm-b-" + run;
        var subnet = string.Create(CultureInfo.InvariantCulture, $"10.213.{Environment.ProcessId % 250}");
        AddressA = subnet + ".1";
        AddressB = subnet + ".2";
        DdsConfigurationA = WriteConfiguration(folder, "cyclonedds-a.xml", VethA);
        DdsConfigurationB = WriteConfiguration(folder, "cyclonedds-b.xml", VethB);
    }

    /// <summary>Namespace A's name ("machine" A).</summary>
    public string A { get; }

    /// <summary>Namespace B's name ("machine" B).</summary>
    public string B { get; }

    /// <summary>A's address on the veth.</summary>
    public string AddressA { get; }

    /// <summary>B's address on the veth.</summary>
    public string AddressB { get; }

    /// <summary>CYCLONEDDS_URI for processes in A.</summary>
    public string DdsConfigurationA { get; }

    /// <summary>CYCLONEDDS_URI for processes in B.</summary>
    public string DdsConfigurationB { get; }

    /// <summary>Creates the namespaces and the link, both ends up; on any failure deletes what it made and throws.</summary>
    public static NamespacePair Create(string folder)
    {
        var pair = new NamespacePair(folder);
        try
        {
            pair.Build();
            return pair;
        }
        catch
        {
            pair.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Cuts the link as an unplugged cable on A's side: A's end goes down, B's end loses its carrier. B keeps
    /// its address, so B's own processes still reach each other (deleting the pair would take B's address away
    /// too and stop B's arm driver reaching B's controller, which trips the arm watchdog instead).
    /// </summary>
    public void CutLink() => Ip("-n", A, "link", "set", VethA, "down");

    /// <summary>Every route of both namespaces (<c>ip route</c>, main table), one per line.</summary>
    public IReadOnlyList<string> Routes() =>
        [.. new[] { A, B }.SelectMany(n => IpOutput("-n", n, "route").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>The /30 both addresses are on, e.g. <c>10.213.7.0/30</c>.</summary>
    public string Subnet => AddressA[..AddressA.LastIndexOf('.')] + ".0/30";

    /// <summary>What <c>ip</c> shows of both namespaces (for failure messages and the test output).</summary>
    public string Describe() =>
        $"{A}:\n{IpOutput("-n", A, "-br", "addr")}\n{A} routes:\n{IpOutput("-n", A, "route")}\n{B}:\n{IpOutput("-n", B, "-br", "addr")}";

    public void Dispose()
    {
        foreach (var name in _created)
        {
            try
            {
                Ip("netns", "del", name);
            }
            catch (InvalidOperationException)
            {
                // Already gone; nothing else may be deleted here.
            }
        }

        _created.Clear();
    }

    private void Build()
    {
        foreach (var name in new[] { A, B })
        {
            Ip("netns", "add", name);
            _created.Add(name);
            Ip("-n", name, "link", "set", "lo", "up");
        }

        Ip("-n", A, "link", "add", VethA, "type", "veth", "peer", "name", VethB, "netns", B);
        Ip("-n", A, "addr", "add", AddressA + "/30", "dev", VethA);
        Ip("-n", B, "addr", "add", AddressB + "/30", "dev", VethB);
        Ip("-n", A, "link", "set", VethA, "up");
        Ip("-n", B, "link", "set", VethB, "up");
    }

    private string WriteConfiguration(string folder, string file, string networkInterface)
    {
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- One side of the two-namespace test: only the veth end, no multicast, unicast discovery to both ends. -->
            <CycloneDDS xmlns="https://cdds.io/config">
              <Domain id="any">
                <General>
                  <Interfaces>
                    <NetworkInterface name="{networkInterface}" />
                  </Interfaces>
                  <AllowMulticast>false</AllowMulticast>
                </General>
                <Discovery>
                  <ParticipantIndex>auto</ParticipantIndex>
                  <MaxAutoParticipantIndex>20</MaxAutoParticipantIndex>
                  <Peers>
                    <Peer address="{AddressA}" />
                    <Peer address="{AddressB}" />
                  </Peers>
                </Discovery>
              </Domain>
            </CycloneDDS>
            """);
        return "file://" + path;
    }

    private static void Ip(params string[] arguments)
    {
        var (exit, output) = RunIp(arguments);
        if (exit != 0)
        {
            throw new InvalidOperationException($"ip {string.Join(' ', arguments)} exited with {exit}: {output}");
        }
    }

    private static string IpOutput(params string[] arguments) => RunIp(arguments).Output;

    private static (int Exit, string Output) RunIp(string[] arguments)
    {
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ip did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(IpTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"ip {string.Join(' ', arguments)} did not finish within {IpTimeout.TotalSeconds:0} s.");
        }

        return (process.ExitCode, (output.Result + error.Result).Trim());
    }
}
