using Microsoft.Extensions.Logging;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// Collects the warnings and errors the session's nodes log, each distinct text once with a count, so the
/// sim can show them after the summary instead of interleaving them with the live view. Thread-safe.
/// </summary>
internal sealed class WarningCollector : ILoggerFactory, ILogger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Each distinct warning, with how often it came.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _order.Select(m => _counts[m] > 1 ? $"{m} (×{_counts[m]})" : m)];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        lock (_gate)
        {
            if (_counts.TryGetValue(message, out var n))
            {
                _counts[message] = n + 1;
            }
            else
            {
                _counts[message] = 1;
                _order.Add(message);
            }
        }
    }

    public void Dispose()
    {
    }
}
