using Microsoft.Extensions.Logging;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// Tells a node's log about skeleton frames dropped as unusable (a position that is not a number, a confidence out of
/// range): the first at once, then every <see cref="Every"/>th with the count, so a tracker that keeps sending bad
/// frames is visible without flooding the log.
/// </summary>
internal sealed class BadFrameWarnings(ILogger logger, string node, string topic)
{
    /// <summary>After the first, one warning per this many dropped frames.</summary>
    public const int Every = 100;

    /// <summary>Frames dropped so far.</summary>
    public long Count { get; private set; }

    /// <summary>Counts one dropped frame and warns when it is the first or an <see cref="Every"/>th.</summary>
    public void Dropped(string problem)
    {
        Count++;
        if (Count == 1 || Count % Every == 0)
        {
            logger.LogWarning("{Node}: dropped a skeleton frame from {Topic}: {Problem} ({Count} dropped so far; the robot does not act on it)", node, topic, problem, Count);
        }
    }
}
