using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Features;

/// <summary>
/// The recent history of one partner as feature frames, resampled on request onto the model's fixed
/// grid: <c>frames</c> instants <c>1 / rate</c> apart, the last at the newest skeleton's timestamp.
/// Keeps a ring of raw frames; appending and filling allocate nothing. Not thread-safe: one owner.
/// </summary>
public sealed class ObservationWindow
{
    private readonly int _frames;
    private readonly double _period;
    private readonly float[] _ring;
    private readonly TimeSpan[] _times;
    private int _count;
    private int _newest = -1;

    /// <summary>Creates a window of <paramref name="frames"/> grid frames at <paramref name="rateHz"/>.</summary>
    public ObservationWindow(int frames, double rateHz)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rateHz, 0d);
        _frames = frames;
        _period = 1d / rateHz;

        // Sources may deliver up to ~4x the grid rate; keep enough raw frames to cover the window then.
        var capacity = (frames * 4) + 2;
        _ring = new float[capacity * SkeletonFeatures.Count];
        _times = new TimeSpan[capacity];
    }

    /// <summary>Grid frames per window.</summary>
    public int Frames => _frames;

    /// <summary>Values in a filled window: frames × <see cref="SkeletonFeatures.Count"/>.</summary>
    public int Length => _frames * SkeletonFeatures.Count;

    /// <summary>True once at least one skeleton has been added.</summary>
    public bool HasData => _count > 0;

    /// <summary>The newest skeleton's timestamp.</summary>
    public TimeSpan Newest => _count > 0 ? _times[_newest] : TimeSpan.Zero;

    /// <summary>Forgets every frame (a new partner, a gap in tracking).</summary>
    public void Clear()
    {
        _count = 0;
        _newest = -1;
    }

    /// <summary>
    /// Adds a skeleton. Timestamps must not go backwards; an equal timestamp replaces the newest frame.
    /// </summary>
    public void Add(CanonicalSkeleton skeleton)
    {
        ArgumentNullException.ThrowIfNull(skeleton);
        if (_count > 0 && skeleton.Timestamp < _times[_newest])
        {
            throw new ArgumentException(
                $"Skeleton timestamp {skeleton.Timestamp} is older than the newest frame {_times[_newest]}; timestamps must not go backwards.",
                nameof(skeleton));
        }

        var capacity = _times.Length;
        if (_count == 0 || skeleton.Timestamp != _times[_newest])
        {
            _newest = (_newest + 1) % capacity;
            _count = Math.Min(_count + 1, capacity);
        }

        _times[_newest] = skeleton.Timestamp;
        SkeletonFeatures.Write(skeleton, _ring.AsSpan(_newest * SkeletonFeatures.Count, SkeletonFeatures.Count));
    }

    /// <summary>
    /// Writes the resampled window (oldest grid frame first) into <paramref name="window"/>. Grid instants
    /// before the oldest raw frame take the oldest frame. Throws when no skeleton was added.
    /// </summary>
    public void Fill(Span<float> window)
    {
        if (window.Length != Length)
        {
            throw new ArgumentException($"The window holds {Length} values, the span has {window.Length}.", nameof(window));
        }

        if (_count == 0)
        {
            throw new InvalidOperationException("No skeleton has been added to the observation window yet.");
        }

        var capacity = _times.Length;
        var oldest = (_newest - _count + 1 + capacity) % capacity;
        var end = _times[_newest].TotalSeconds;

        // Walk the grid from newest to oldest, moving a raw-frame cursor backwards alongside.
        var cursor = _count - 1;
        for (var g = _frames - 1; g >= 0; g--)
        {
            var t = end - ((_frames - 1 - g) * _period);
            while (cursor > 0 && TimeAt(oldest, cursor - 1) >= t)
            {
                cursor--;
            }

            var output = window.Slice(g * SkeletonFeatures.Count, SkeletonFeatures.Count);
            var after = RawFrame(oldest, cursor);
            if (cursor == 0 || TimeAt(oldest, cursor) <= t)
            {
                after.CopyTo(output);
                continue;
            }

            var before = RawFrame(oldest, cursor - 1);
            var t0 = TimeAt(oldest, cursor - 1);
            var t1 = TimeAt(oldest, cursor);
            var fraction = (float)((t - t0) / (t1 - t0));
            SkeletonFeatures.Interpolate(before, after, fraction, output);
        }
    }

    private double TimeAt(int oldest, int index) => _times[(oldest + index) % _times.Length].TotalSeconds;

    private ReadOnlySpan<float> RawFrame(int oldest, int index) =>
        _ring.AsSpan(((oldest + index) % _times.Length) * SkeletonFeatures.Count, SkeletonFeatures.Count);
}
