using Microsoft.Extensions.Logging;

namespace RoboMirror.Ros.Execution;

/// <summary>
/// Logs dropped samples of one subscription at most once per <see cref="Interval"/>, with the number
/// dropped since the last line, so a stream of bad input cannot flood the log.
/// </summary>
internal sealed class DropLog(ILogger logger, string topic, string type, TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private long _lastLogged = long.MinValue;
    private long _sinceLastLine;

    public void Dropped(string reason)
    {
        _sinceLastLine++;
        var now = clock.GetTimestamp();
        if (_lastLogged != long.MinValue && clock.GetElapsedTime(_lastLogged, now) < Interval)
        {
            return;
        }

        logger.LogWarning(
            "Subscription on {Topic} ({Type}) dropped {Count} sample(s) it could not decode; last reason: {Reason}",
            topic, type, _sinceLastLine, reason);
        _lastLogged = now;
        _sinceLastLine = 0;
    }
}
