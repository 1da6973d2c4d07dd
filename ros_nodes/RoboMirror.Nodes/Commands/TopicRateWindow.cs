namespace RoboMirror.Nodes.Commands;

/// <summary>Arrival statistics of one <c>topic hz</c> report, as ros2 computes them over the window.</summary>
/// <param name="Rate">Messages per second: 1 / mean interval.</param>
/// <param name="Min">Shortest interval, seconds.</param>
/// <param name="Max">Longest interval, seconds.</param>
/// <param name="StdDev">Population standard deviation of the intervals, seconds.</param>
/// <param name="Window">Messages in the window (intervals + 1).</param>
internal readonly record struct TopicRate(double Rate, double Min, double Max, double StdDev, int Window);

/// <summary>
/// The intervals between the last <c>windowSize</c> arrivals of <c>topic hz</c>. Timestamps are
/// <see cref="TimeProvider.GetTimestamp"/> values, so tests drive it with a fake clock.
/// </summary>
internal sealed class TopicRateWindow(int windowSize, long timestampFrequency)
{
    private readonly Queue<double> _intervals = new();
    private long? _last;
    private bool _fresh;

    public void Add(long timestamp)
    {
        if (_last is { } last)
        {
            _intervals.Enqueue((timestamp - last) / (double)timestampFrequency);
            if (_intervals.Count > windowSize)
            {
                _intervals.Dequeue();
            }

            _fresh = true;
        }

        _last = timestamp;
    }

    /// <summary>The statistics when messages arrived since the last call; null when none did (ros2: "no new messages").</summary>
    public TopicRate? Take()
    {
        if (!_fresh || _intervals.Count == 0)
        {
            return null;
        }

        _fresh = false;
        var mean = _intervals.Average();
        var variance = _intervals.Sum(x => (x - mean) * (x - mean)) / _intervals.Count;
        return new TopicRate(mean > 0 ? 1 / mean : 0, _intervals.Min(), _intervals.Max(), Math.Sqrt(variance), _intervals.Count + 1);
    }

    /// <summary>True once a first message arrived (ros2 stays silent until then).</summary>
    public bool HasStarted => _last is not null;
}
