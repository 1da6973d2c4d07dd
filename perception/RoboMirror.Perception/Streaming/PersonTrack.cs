using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Streaming;

/// <summary>
/// One person's stream: a small reorder buffer, then filtering and features for each frame released from
/// it in time order. Steady state allocates nothing: buffer slots and outputs are reused.
/// </summary>
internal sealed partial class PersonTrack
{
    private readonly StreamOptions _options;
    private readonly RejectionCounts _counts;
    private readonly CanonicalSkeleton[] _buffer;
    private int _buffered;
    private TimeSpan? _lastReleased;

    public PersonTrack(string id, SkeletonSpace space, StreamOptions options, RejectionCounts counts, long order)
    {
        Id = id;
        Space = space;
        Order = order;
        _options = options;
        _counts = counts;
        _buffer = new CanonicalSkeleton[options.ReorderCapacity];
        for (var i = 0; i < _buffer.Length; i++)
        {
            _buffer[i] = new CanonicalSkeleton(space);
        }

        _pending = new CanonicalSkeleton(space);
        _leftDrift = new HandDriftTracker(options.DriftWindow);
        _rightDrift = new HandDriftTracker(options.DriftWindow);
        Features = new PersonFeatures(space);
        Features.Skeleton.PersonId = id;
    }

    public string Id { get; }

    public SkeletonSpace Space { get; }

    /// <summary>When the person was first seen, as a sequence number (smaller = earlier).</summary>
    public long Order { get; }

    /// <summary>The newest timestamp accepted for this person (in the current epoch of its clock).</summary>
    public TimeSpan LastSeen { get; private set; }

    /// <summary>True once a frame was accepted into the buffer.</summary>
    public bool HasSeen { get; private set; }

    /// <summary>Frames accepted since the person's clock last started (first frame or a confirmed jump).</summary>
    public int EpochFrames { get; private set; }

    public PersonFeatures Features { get; }

    /// <summary>True once at least one frame was released (features are valid).</summary>
    public bool HasFeatures { get; private set; }

    /// <summary>Buffers a copy of an observation of the current epoch; returns why it was dropped, if it was.</summary>
    private FrameRejection InsertInEpoch(CanonicalSkeleton observation, Action<PersonFeatures>? sink)
    {
        var t = observation.Timestamp;
        if (_lastReleased is { } released && t <= released)
        {
            return t == released ? FrameRejection.DuplicateTimestamp : FrameRejection.TimestampBackwards;
        }

        var position = _buffered;
        while (position > 0 && _buffer[position - 1].Timestamp >= t)
        {
            if (_buffer[position - 1].Timestamp == t)
            {
                return FrameRejection.DuplicateTimestamp;
            }

            position--;
        }

        if (_buffered == _buffer.Length)
        {
            if (position == 0)
            {
                return FrameRejection.TimestampBackwards;
            }

            ReleaseOldest(sink);
            position--;
        }

        // Rotate the spare slot at the end into place, so that no skeleton is allocated.
        var slot = _buffer[_buffered];
        for (var i = _buffered; i > position; i--)
        {
            _buffer[i] = _buffer[i - 1];
        }

        _buffer[position] = slot;
        observation.CopyTo(slot);
        _buffered++;
        if (position != _buffered - 1)
        {
            _counts.CountReordered();
        }

        EpochFrames++;
        if (!HasSeen || t > LastSeen)
        {
            LastSeen = t;
            HasSeen = true;
        }

        return FrameRejection.None;
    }

    /// <summary>Releases, in time order, every buffered frame at or before <paramref name="upTo"/>.</summary>
    public void Release(TimeSpan upTo, Action<PersonFeatures>? sink)
    {
        while (_buffered > 0 && _buffer[0].Timestamp <= upTo)
        {
            ReleaseOldest(sink);
        }
    }

    /// <summary>Releases everything still buffered.</summary>
    public void Flush(Action<PersonFeatures>? sink) => Release(TimeSpan.MaxValue, sink);

    private void ReleaseOldest(Action<PersonFeatures>? sink)
    {
        var frame = _buffer[0];
        Process(frame);
        _lastReleased = frame.Timestamp;
        for (var i = 1; i < _buffered; i++)
        {
            _buffer[i - 1] = _buffer[i];
        }

        _buffered--;
        _buffer[_buffered] = frame;
        HasFeatures = true;
        sink?.Invoke(Features);
    }

    /// <summary>The next buffered frame after the one being released that has <paramref name="joint"/>, if any.</summary>
    private CanonicalSkeleton? NextWith(CanonicalJoint joint)
    {
        for (var i = 1; i < _buffered; i++)
        {
            if (_buffer[i].Confidence(joint) >= _options.Limits.MinConfidence && _buffer[i].IsTracked(joint))
            {
                return _buffer[i];
            }
        }

        return null;
    }
}
