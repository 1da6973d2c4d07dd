namespace RoboMirror.Perception.Segmentation;

/// <summary>
/// Marks when the partner's movement starts and ends: motion energy and hand drift with hysteresis. Movement starts
/// when, for the minimum on-duration, the energy stays above its on-threshold or the drift above its own (a slow,
/// steady movement has little energy but drifts); it ends when both stay below their off-thresholds for the minimum
/// off-duration. The change is dated back to the first sample of that run (<see cref="ChangedAt"/>); it is decided
/// the minimum duration later, which is the segmenter's latency. Transparent on purpose: the reactive baseline the
/// mirror network must beat. Allocation-free.
/// </summary>
public sealed class ActivitySegmenter
{
    private readonly SegmenterOptions _options;
    private TimeSpan? _runStart;
    private TimeSpan? _lastSample;
    private float _smoothed;

    /// <summary>Creates a segmenter; the options are validated here.</summary>
    public ActivitySegmenter(SegmenterOptions? options = null)
    {
        _options = (options ?? SegmenterOptions.Default).Validate();
    }

    /// <summary>True while the person is moving.</summary>
    public bool IsActive { get; private set; }

    /// <summary>When the latest change took place (the start of the run that confirmed it).</summary>
    public TimeSpan ChangedAt { get; private set; }

    /// <summary>The smoothed energy the thresholds were last compared with.</summary>
    public float SmoothedEnergy => _smoothed;

    /// <summary>Feeds one energy sample without drift (energy alone decides); returns the change it confirms, if any.</summary>
    public ActivityChange Update(TimeSpan timestamp, float energy) => Update(timestamp, energy, 0f);

    /// <summary>
    /// Feeds one sample of motion energy and hand drift (<see cref="Streaming.PersonFeatures.HandDrift"/>); returns the
    /// change it confirms, if any. Samples must come in time order.
    /// </summary>
    public ActivityChange Update(TimeSpan timestamp, float energy, float drift)
    {
        if (!float.IsFinite(energy))
        {
            return ActivityChange.None;
        }

        energy = Smooth(timestamp, energy);
        if (!float.IsFinite(drift) || !float.IsFinite(_options.DriftOnThreshold))
        {
            // Drift off (an infinite on-threshold) or unknown: the energy alone decides, both ways.
            drift = 0f;
        }

        // Inside the hysteresis band the current state holds and any pending run is broken.
        var pushesChange = IsActive
            ? energy < _options.OffThreshold && drift < _options.DriftOffThreshold
            : energy > _options.OnThreshold || drift > _options.DriftOnThreshold;
        if (!pushesChange)
        {
            _runStart = null;
            return ActivityChange.None;
        }

        _runStart ??= timestamp;
        var needed = IsActive ? _options.MinOffDuration : _options.MinOnDuration;
        if (timestamp - _runStart.Value < needed)
        {
            return ActivityChange.None;
        }

        IsActive = !IsActive;
        ChangedAt = _runStart.Value;
        _runStart = null;
        return IsActive ? ActivityChange.Started : ActivityChange.Ended;
    }

    /// <summary>Returns to the idle state.</summary>
    public void Reset()
    {
        IsActive = false;
        _runStart = null;
        _lastSample = null;
        _smoothed = 0f;
        ChangedAt = TimeSpan.Zero;
    }

    private float Smooth(TimeSpan timestamp, float energy)
    {
        var tau = (float)_options.Smoothing.TotalSeconds;
        if (_lastSample is not { } last || tau <= 0f)
        {
            _lastSample = timestamp;
            _smoothed = energy;
            return energy;
        }

        var dt = (float)(timestamp - last).TotalSeconds;
        _lastSample = timestamp;
        if (dt > 0f)
        {
            _smoothed += (energy - _smoothed) * (1f - MathF.Exp(-dt / tau));
        }

        return _smoothed;
    }

    /// <summary>
    /// Segments a whole energy series offline with the same rules; a segment still open at the end is
    /// closed at the last sample.
    /// </summary>
    public static IReadOnlyList<ActivitySegment> Segment(IEnumerable<(TimeSpan Time, float Energy)> series, SegmenterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Segment(series.Select(s => new ActivitySample(s.Time, s.Energy, 0f)), options);
    }

    /// <summary>Segments a whole series of energy and drift offline, as <see cref="Segment(IEnumerable{ValueTuple{TimeSpan, float}}, SegmenterOptions?)"/>.</summary>
    public static IReadOnlyList<ActivitySegment> Segment(IEnumerable<ActivitySample> series, SegmenterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var segmenter = new ActivitySegmenter(options);
        var segments = new List<ActivitySegment>();
        TimeSpan start = TimeSpan.Zero, last = TimeSpan.Zero;
        foreach (var (time, energy, drift) in series)
        {
            last = time;
            switch (segmenter.Update(time, energy, drift))
            {
                case ActivityChange.Started:
                    start = segmenter.ChangedAt;
                    break;
                case ActivityChange.Ended:
                    segments.Add(new ActivitySegment(start, segmenter.ChangedAt));
                    break;
            }
        }

        if (segmenter.IsActive)
        {
            segments.Add(new ActivitySegment(start, last));
        }

        return segments;
    }
}
