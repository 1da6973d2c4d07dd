using System.Diagnostics;
using System.Text.Json.Nodes;
using RoboMirror.Nodes.Session;
using RoboMirror.Nodes.Tests.Nodes;
using RoboMirror.Ros.Recording;

namespace RoboMirror.Nodes.Tests.Sim;

/// <summary>The sim's session.mcap read by the official MCAP readers and ROS 2 CDR decoder (tests/interop/mcap's pinned packages).</summary>
[Collection(SimSessionsCollection.Name)]
public sealed class SessionInteropTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-siminterop-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact(Timeout = 90_000)]
    public async Task OfficialReaders_SimSession_DecodeEveryMessageAndTheTurnEvents()
    {
        var outcome = SimRunner.Run(new SimOptions { Turns = 2, Partner = "synthetic", OutputFolder = Path.Combine(_root, "s"), ModelPath = Path.Combine(_root, "no-model.onnx") }, null, CancellationToken.None);
        var path = Path.Combine(outcome.Folder, RunFolder.Recording);

        var report = JsonNode.Parse(await RunNodeAsync(path))!.AsObject();

        using var reader = McapReader.Open(path);
        var ours = reader.ReadMessages().GroupBy(m => m.Channel.Topic).ToDictionary(g => g.Key, g => g.Count());
        var theirs = report["counts"]!.AsObject().ToDictionary(p => p.Key, p => (int)p.Value!);
        Assert.Equal(ours.OrderBy(p => p.Key), theirs.OrderBy(p => p.Key));
        Assert.Equal(ours.Values.Sum(), (int)report["streamed"]!);
        var log = SessionRecording.Read(path);
        Assert.Equal(log.Events.Select(e => RoboMirror.Nodes.Nodes.TurnMessages.SnakeCase(e.Kind.ToString())), report["kinds"]!.AsArray().Select(k => (string)k!));
        Assert.Equal("reactive", (string)report["metadata"]![RoboMirror.Nodes.Nodes.RecorderNode.SessionMetadata]!["policy"]!);
    }

    private static async Task<string> RunNodeAsync(string mcap)
    {
        var interop = Path.Combine(TestPaths.RepositoryRoot, "tests", "interop", "mcap");
        if (!Directory.Exists(Path.Combine(interop, "node_modules", "@mcap", "core")))
        {
            Assert.Fail($"{interop}/node_modules is missing: run `npm ci` in tests/interop/mcap (./test.sh does it).");
        }

        var script = Path.Combine(TestPaths.RepositoryRoot, "tests", "RoboMirror.Nodes.Tests", "Sim", "read_session.mjs");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(interop);
        start.ArgumentList.Add(mcap);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start (apt-get install nodejs).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cancel.Token);
        Assert.True(process.ExitCode == 0, $"read_session.mjs failed ({process.ExitCode}): {await error}");
        return await output;
    }
}
