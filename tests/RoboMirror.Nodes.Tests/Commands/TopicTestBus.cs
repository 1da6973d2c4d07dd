using RoboMirror.Nodes.Commands;
using RoboMirror.Ros;
using RoboMirror.Ros.Transport;
using Spectre.Console.Cli;
using Spectre.Console.Testing;

namespace RoboMirror.Nodes.Tests.Commands;

/// <summary>
/// One in-process transport shared by typed nodes and <c>topic</c> verbs run through the real command-line
/// parser, so a test can publish with one and watch with the other.
/// </summary>
internal sealed class TopicTestBus : IDisposable
{
    public TopicTestBus()
    {
        Transport = TransportFactory.Create(TransportKind.InProcess);
        Context = Ros2.Init(new RosContextOptions { CustomTransport = Transport });
    }

    /// <summary>Bounds every wait, so a bug fails a test instead of hanging it.</summary>
    public static TimeSpan Patience { get; } = TimeSpan.FromSeconds(10);

    public IRosTransport Transport { get; }

    public IRosContext Context { get; }

    /// <summary>Runs <c>robomirror ARGS --transport inprocess</c> on this bus; returns the exit code and what the console shows.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var console = new TestConsole().Width(250);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.ConfigureConsole(console);
            config.ValidateExamples();
            TopicBranch.Add(config, TopicRuntime.Shared(Transport, TimeProvider.System));
        });
        var exitCode = await app.RunAsync([.. args, "--transport", "inprocess"], cancellationToken);
        return (exitCode, console.Output.Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    public Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var cancel = new CancellationTokenSource(Patience);
        return RunAsync(cancel.Token, args);
    }

    public void Dispose()
    {
        Context.Dispose();
        Transport.Dispose();
    }
}
