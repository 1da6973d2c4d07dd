using System.Diagnostics;
using System.Globalization;
using RoboMirror.Ros.Dds.Native;

namespace RoboMirror.Ros.Tests.Dds.Interop;

/// <summary>The structure layouts the binding hard-codes, against the installed Cyclone DDS headers.</summary>
public sealed class LayoutProbeTests
{
    [RequiresInteropPeerFact(InteropPeer.CycloneC)]
    public async Task LayoutProbe_InstalledHeaders_MatchTheBinding()
    {
        var probe = await InteropPeers.CProgramAsync("layout_probe");
        var start = new ProcessStartInfo(probe) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        var measured = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('='))
            .ToDictionary(parts => parts[0], parts => int.Parse(parts[1], CultureInfo.InvariantCulture));
        Assert.Equal(NativeLayout.All.Count, measured.Count);
        foreach (var (name, value) in NativeLayout.All)
        {
            Assert.True(measured.TryGetValue(name, out var actual), $"layout_probe does not print {name}");
            Assert.True(value == actual, $"{name}: the binding uses {value}, the installed headers say {actual}");
        }
    }
}
