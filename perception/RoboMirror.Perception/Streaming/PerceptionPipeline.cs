using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Streaming;

/// <summary>
/// The streaming side of Perception, shaped like ROS4HRI's libhri listener: push frames of any number
/// of people (canonical skeletons, or raw frames of a <see cref="SkeletonLayout"/>); get filtered features
/// per person, paired <see cref="BodyDetected"/> / <see cref="BodyLost"/> events, and a selectable
/// partner with <see cref="PartnerLost"/>. Time comes only from the frames' timestamps and from
/// <see cref="Advance"/>: deterministic, no threads, no clock. Malformed input never throws; it is
/// rejected and counted in <see cref="Rejections"/>. Steady state allocates nothing.
/// </summary>
public sealed class PerceptionPipeline
{
    private readonly StreamOptions _options;
    private readonly Dictionary<string, PersonTrack> _byId = new(StringComparer.Ordinal);
    private readonly List<PersonTrack> _tracks = [];
    private readonly List<string> _bodies = [];
    private readonly CanonicalSkeleton _scratch2D = new(SkeletonSpace.Image2D);
    private readonly CanonicalSkeleton _scratch3D = new(SkeletonSpace.Body3D);
    private readonly Action<PersonFeatures> _emit;
    private long _nextOrder;
    private TimeSpan _now = TimeSpan.MinValue;
    private bool _partnerChosen;

    /// <summary>Creates a pipeline; the options are validated here.</summary>
    public PerceptionPipeline(StreamOptions? options = null)
    {
        _options = (options ?? StreamOptions.Default).Validate();
        _emit = features => FeaturesReady?.Invoke(features);
    }

    /// <summary>Raised for each frame released from a person's reorder buffer, in time order per person. The instance is reused.</summary>
    public event Action<PersonFeatures>? FeaturesReady;

    /// <summary>Raised when a person id is seen for the first time (or again after being lost).</summary>
    public event Action<string>? BodyDetected;

    /// <summary>Raised when a person has not been seen for <see cref="StreamOptions.PersonLostTimeout"/>.</summary>
    public event Action<string>? BodyLost;

    /// <summary>Raised when the partner is lost; another person, if any, becomes the partner unless one was chosen with <see cref="SelectPartner"/>.</summary>
    public event Action<string>? PartnerLost;

    /// <summary>Every frame rejected or repaired, per reason, over all people.</summary>
    public RejectionCounts Rejections { get; } = new();

    /// <summary>Ids of the people tracked now, in the order they were detected.</summary>
    public IReadOnlyList<string> Bodies => _bodies;

    /// <summary>The partner's id: the person chosen with <see cref="SelectPartner"/>, else the longest-tracked person; null when nobody is in view.</summary>
    public string? PartnerId { get; private set; }

    /// <summary>The latest features of the partner, or null before the partner's first released frame.</summary>
    public PersonFeatures? Partner =>
        PartnerId is { } id && _byId.TryGetValue(id, out var track) && track.HasFeatures ? track.Features : null;

    /// <summary>Makes <paramref name="personId"/> the partner (whether in view yet or not); null returns to automatic choice.</summary>
    public void SelectPartner(string? personId)
    {
        _partnerChosen = personId is not null;
        PartnerId = personId ?? (_tracks.Count > 0 ? _tracks[0].Id : null);
    }

    /// <summary>The latest features of a person, if that person has a released frame.</summary>
    public bool TryGetFeatures(string personId, out PersonFeatures features)
    {
        if (_byId.TryGetValue(personId, out var track) && track.HasFeatures)
        {
            features = track.Features;
            return true;
        }

        features = null!;
        return false;
    }

    /// <summary>Canonicalises a raw frame of <paramref name="layout"/> and pushes it; see <see cref="Push(CanonicalSkeleton)"/>.</summary>
    public FrameRejection Push(SkeletonLayout layout, ReadOnlySpan<float> values, ReadOnlySpan<float> confidences, TimeSpan timestamp, string personId)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var scratch = layout.Space == SkeletonSpace.Body3D ? _scratch3D : _scratch2D;
        var rejection = SkeletonCanonicalizer.Canonicalize(layout, values, confidences, timestamp, scratch, _options.Limits, personId);
        if (rejection != FrameRejection.None)
        {
            // A rejected frame moves no clock: its timestamp may be as broken as its values.
            Rejections.Reject(rejection);
            return rejection;
        }

        return Push(scratch);
    }

    /// <summary>
    /// Pushes one person's frame (copied; the caller may reuse it), then advances the stream's time to its
    /// timestamp. Returns why the frame was dropped, or <see cref="FrameRejection.None"/>. A frame more than
    /// <see cref="StreamOptions.JumpLimit"/> away from its person's stream is held until the next frame
    /// shows whether the clock jumped or the timestamp was an outlier; it moves no clock until then.
    /// </summary>
    public FrameRejection Push(CanonicalSkeleton observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (!_byId.TryGetValue(observation.PersonId, out var track))
        {
            if (_tracks.Count >= _options.MaxPeople)
            {
                Rejections.Reject(FrameRejection.TooManyPeople);
                return FrameRejection.TooManyPeople;
            }

            track = new PersonTrack(observation.PersonId, observation.Space, _options, Rejections, _nextOrder++);
            _byId.Add(track.Id, track);
            _tracks.Add(track);
            _bodies.Add(track.Id);
            BodyDetected?.Invoke(track.Id);
            if (PartnerId is null)
            {
                PartnerId = track.Id;
            }
        }

        var rejection = track.Insert(observation, _emit, out var outcome);
        Rejections.Reject(rejection);
        switch (outcome)
        {
            case TrackInsert.Buffered when track.EpochFrames < 2 && _tracks.Count > 1 && FarAhead(observation.Timestamp):
                // A newcomer's first frame far ahead of everyone else may carry a bad timestamp: it moves
                // the clock only once its second frame agrees.
                break;
            case TrackInsert.Buffered:
                Advance(observation.Timestamp);
                break;
            case TrackInsert.JumpConfirmed when observation.Timestamp < _now:
                // The clock started over (a replay looped, a tracker restarted): follow it back.
                _now = observation.Timestamp;
                foreach (var other in _tracks)
                {
                    other.ClampLastSeen(_now);
                }

                Advance(_now);
                break;
            case TrackInsert.JumpConfirmed:
                Advance(observation.Timestamp);
                break;
        }

        return rejection;
    }

    /// <summary>
    /// Moves the stream's time to <paramref name="now"/> (never backwards): releases every frame older than
    /// the reorder window and loses people not seen for <see cref="StreamOptions.PersonLostTimeout"/>.
    /// Call it from the node's timer so that a partner who leaves is noticed even when no frame arrives.
    /// </summary>
    public void Advance(TimeSpan now)
    {
        if (now > _now)
        {
            _now = now;
        }

        var releaseUpTo = ReleaseHorizon();
        for (var i = 0; i < _tracks.Count; i++)
        {
            _tracks[i].Release(releaseUpTo, _emit);
        }

        for (var i = _tracks.Count - 1; i >= 0; i--)
        {
            if ((double)_now.Ticks - _tracks[i].LastSeen.Ticks > _options.PersonLostTimeout.Ticks)
            {
                Lose(_tracks[i]);
            }
        }
    }

    private bool FarAhead(TimeSpan t) => (double)t.Ticks - _now.Ticks > _options.JumpLimit.Ticks;

    /// <summary>Frames at or before this time are released.</summary>
    private TimeSpan ReleaseHorizon() =>
        _now >= TimeSpan.MinValue + _options.ReorderWindow ? _now - _options.ReorderWindow : TimeSpan.MinValue;

    private void Lose(PersonTrack track)
    {
        track.Flush(_emit);
        _tracks.Remove(track);
        _byId.Remove(track.Id);
        _bodies.Remove(track.Id);
        BodyLost?.Invoke(track.Id);
        if (string.Equals(PartnerId, track.Id, StringComparison.Ordinal))
        {
            PartnerLost?.Invoke(track.Id);
            if (!_partnerChosen)
            {
                PartnerId = _tracks.Count > 0 ? _tracks[0].Id : null;
            }
        }
    }
}
