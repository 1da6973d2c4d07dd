using RoboMirror.Ros;
using RoboMirror.Ros.Messages;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// What every <c>topic</c> verb shares: the console, the runtime (from the branch's data, so tests can
/// pass a shared in-process transport), and turning expected failures into <c>error: …</c> and exit code 1.
/// Ctrl-C ends a verb quietly with exit code 0, as in ros2.
/// </summary>
internal abstract class TopicCommandBase<TSettings>(IAnsiConsole console) : AsyncCommand<TSettings>
    where TSettings : TopicSettings
{
    /// <summary>
    /// Writes <paramref name="text"/> to the console's output as is: no markup, no wrapping at the terminal
    /// width (YAML from echo must stay parseable, and scripts read these lines).
    /// </summary>
    protected void Write(string text) => console.Profile.Out.Writer.Write(text);

    /// <summary><see cref="Write"/> with a newline.</summary>
    protected void WriteLine(string line) => console.Profile.Out.Writer.Write(line + "\n");

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runtime = context.Data as TopicRuntime ?? TopicRuntime.Default;
        try
        {
            using var session = runtime.Open(settings);
            return await RunAsync(session, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e) when (e is TopicCommandException or RosException or FieldTreeException)
        {
            WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>The verb itself; returns the exit code.</summary>
    protected abstract Task<int> RunAsync(TopicSession session, TSettings settings, CancellationToken cancellationToken);
}
