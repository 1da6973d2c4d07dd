using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using RoboMirror.Ros.Recording;
using RoboMirror.Ros.Serialization;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>
/// A recorder killed with SIGKILL mid-session: every chunk it reported written must be readable, by our
/// recovery reader and by @mcap/core's streaming reader; @mcap/core's indexed reader needs the footer.
/// </summary>
public sealed class McapCrashTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromSeconds(240);
    private static readonly TimeSpan ChunkWait = TimeSpan.FromSeconds(60);

    [Theory(Timeout = 420_000)]
    [InlineData("zstd")]
    [InlineData("lz4")]
    public async Task KilledRecorder_FileWithoutFooter_EveryReportedChunkIsReadable(string compression)
    {
        using var folder = new TempDirectory();
        var program = Directory.CreateDirectory(folder.File("crash-writer")).FullName;
        var crashWriter = await CrashWriterBuild.PrepareAsync(program, BuildTimeout);
        var path = folder.File("killed.mcap");

        var reportedMessages = await RunAndKillAfterChunksAsync(crashWriter, path, compression, chunks: 5);

        Assert.Throws<McapFormatException>(() => McapReader.Open(path));
        using var reader = McapReader.Open(path, new McapReaderOptions { AllowTruncated = true });
        var messages = reader.ReadMessages().ToList();
        Assert.True(messages.Count >= reportedMessages, $"recovered {messages.Count} messages, the killed writer had written {reportedMessages}");
        for (var i = 0; i < messages.Count; i++)
        {
            Assert.Equal((uint)i, messages[i].Sequence);
            Assert.Equal($"message {i}", DecodeString(messages[i].Data));
        }

        Assert.StartsWith("no footer", reader.Truncation, StringComparison.Ordinal);

        var (exitCode, output, error) = await NodeInterop.RunVerifyAsync(TimeSpan.FromSeconds(120), "truncated", path);
        Assert.True(exitCode == 0, $"verify.mjs failed ({exitCode}): {error}{output}");
        var report = JsonNode.Parse(output)!;
        Assert.False(string.IsNullOrEmpty((string?)report["indexedError"]), "the indexed reader opened a file without footer");
        Assert.False((bool)report["streamDone"]!);
        Assert.Null((string?)report["streamError"]);
        var streamed = report["streamSequences"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(messages.Select(m => $"/chatter#{m.Sequence}:{{\"data\":\"message {m.Sequence}\"}}"), streamed);
    }

    /// <summary>Starts the crash writer, waits until it reports <paramref name="chunks"/> chunks written, kills it with SIGKILL.</summary>
    private static async Task<long> RunAndKillAfterChunksAsync(string crashWriter, string path, string compression, int chunks)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(crashWriter);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(compression);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(ChunkWait);
        long written = 0;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                var parts = line.Split(' ');
                written = long.Parse(parts[2], CultureInfo.InvariantCulture);
                if (int.Parse(parts[1], CultureInfo.InvariantCulture) >= chunks)
                {
                    // Process.Kill sends SIGKILL on Linux: no finalizers, no Dispose, no footer.
                    process.Kill();
                    await process.WaitForExitAsync(CancellationToken.None);
                    return written;
                }
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            Assert.Fail($"the crash writer did not report {chunks} chunks within {ChunkWait}.");
        }

        Assert.Fail($"the crash writer exited ({process.ExitCode}) before {chunks} chunks: {await stderr}");
        return written;
    }

    private static string DecodeString(ReadOnlyMemory<byte> payload)
    {
        var reader = new CdrReader(payload.Span);
        reader.ReadEncapsulationHeader();
        return reader.ReadString();
    }
}
