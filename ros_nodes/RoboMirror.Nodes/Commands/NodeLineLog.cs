using Microsoft.Extensions.Logging;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// A node's information, warnings and errors as lines (<c>[warning] …</c>) to a sink: the console of
/// <c>robomirror node</c>, or the launch supervisor for a node run inside the launcher (which prefixes the label).
/// </summary>
internal sealed class NodeLineLog(Action<string> writeLine) : ILoggerFactory, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            writeLine($"[{logLevel.ToString().ToLowerInvariant()}] {formatter(state, exception)}");
        }
    }

    public void Dispose()
    {
    }
}
