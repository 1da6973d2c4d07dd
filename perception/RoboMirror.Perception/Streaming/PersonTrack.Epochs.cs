using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Streaming;

/// <summary>What happened to a frame pushed into a person's track.</summary>
internal enum TrackInsert
{
    /// <summary>Dropped; the rejection says why.</summary>
    Rejected,

    /// <summary>Buffered in the current epoch of the person's clock.</summary>
    Buffered,

    /// <summary>More than the jump limit away from the current epoch: held until the next frame tells an outlier from a real jump.</summary>
    Pending,

    /// <summary>Confirmed a jump: the old epoch was flushed and a new one begun with the pending frame and this one.</summary>
    JumpConfirmed,
}

/// <summary>
/// Jumps of a person's clock. One frame far (more than <see cref="StreamOptions.JumpLimit"/>) from the
/// current epoch is held aside: if the next frame is close to it, the clock really jumped (the tracker
/// restarted, the partner came back, a replay looped): the old epoch is released, the filters restart and
/// a jump is counted. If the next frame is close to the old epoch instead, the held frame was an outlier
/// and is dropped as <see cref="FrameRejection.TimestampOutlier"/>. One bad timestamp therefore never
/// stalls the stream.
/// </summary>
internal sealed partial class PersonTrack
{
    private readonly CanonicalSkeleton _pending;
    private bool _hasPending;

    /// <summary>Takes one observation; see <see cref="TrackInsert"/>.</summary>
    public FrameRejection Insert(CanonicalSkeleton observation, Action<PersonFeatures>? sink, out TrackInsert outcome)
    {
        if (observation.Space != Space)
        {
            outcome = TrackInsert.Rejected;
            return FrameRejection.SpaceMismatch;
        }

        var t = observation.Timestamp;
        if (HasSeen && FarApart(t, LastSeen))
        {
            if (_hasPending && !FarApart(t, _pending.Timestamp) && t != _pending.Timestamp)
            {
                StartEpoch(sink);
                InsertInEpoch(_pending, sink);
                _hasPending = false;
                var rejection = InsertInEpoch(observation, sink);
                outcome = TrackInsert.JumpConfirmed;
                return rejection;
            }

            DropPending();
            observation.CopyTo(_pending);
            _hasPending = true;
            outcome = TrackInsert.Pending;
            return FrameRejection.None;
        }

        DropPending();
        var result = InsertInEpoch(observation, sink);
        outcome = result == FrameRejection.None ? TrackInsert.Buffered : TrackInsert.Rejected;
        return result;
    }

    /// <summary>Lets the person's clock start over near <paramref name="now"/> (after the pipeline's clock went back).</summary>
    public void ClampLastSeen(TimeSpan now)
    {
        if (LastSeen > now)
        {
            LastSeen = now;
        }
    }

    private bool FarApart(TimeSpan a, TimeSpan b) =>
        Math.Abs((double)a.Ticks - b.Ticks) > _options.JumpLimit.Ticks;

    private void DropPending()
    {
        if (_hasPending)
        {
            _counts.Reject(FrameRejection.TimestampOutlier);
            _hasPending = false;
        }
    }

    private void StartEpoch(Action<PersonFeatures>? sink)
    {
        Flush(sink);
        _counts.CountJump();
        _lastReleased = null;
        _lastProcessed = null;
        HasSeen = false;
        EpochFrames = 0;
        RestartFilters();
    }
}
