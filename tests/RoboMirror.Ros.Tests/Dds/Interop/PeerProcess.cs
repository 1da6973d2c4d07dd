using System.Collections.Concurrent;
using System.Diagnostics;

namespace RoboMirror.Ros.Tests.Dds.Interop;

/// <summary>
/// A running interop peer: its DDS configuration pinned to loopback through the environment given to
/// it (never inherited), its output collected line by line, killed on dispose if still running.
/// </summary>
internal sealed class PeerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private PeerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data is null ? null : "stderr: " + e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything the peer printed so far (for failure messages).</summary>
    public string Output => string.Join('\n', _lines);

    public static PeerProcess Start(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CYCLONEDDS_URI"] = DdsTestEnvironment.LoopbackConfiguration;
        start.Environment["FASTRTPS_DEFAULT_PROFILES_FILE"] = DdsTestEnvironment.FastDdsLoopbackProfile;
        start.Environment.Remove("FASTDDS_DEFAULT_PROFILES_FILE");
        return new PeerProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}."));
    }

    public async Task WaitForLineAsync(string line, TimeSpan timeout)
    {
        try
        {
            await DdsTestEnvironment.WaitUntilAsync(() => _lines.Contains(line), timeout, $"the peer to print \"{line}\"");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} It printed:\n{Output}", e);
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The peer did not exit within {timeout.TotalSeconds:0} s. It printed:\n{Output}");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
