using RoboMirror.Controller.Simulation;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Controller.Session;

/// <summary>
/// A partner that performs one recorded clip exactly once, as recorded: rest (the clip's first frame)
/// until <see cref="ClipStart"/>, the clip frame by frame, then the clip's last frame for ever. No
/// hesitation, no resuming, no waiting for the robot: the evaluation replay (<c>robomirror eval --data</c>)
/// scores the robot against the recording's own timing.
/// </summary>
public sealed class ReplayPartner
{
    private readonly GestureClip _clip;
    private PartnerTurnRecord? _turn;

    /// <summary>Creates the partner; the clip starts playing at <paramref name="clipStart"/> on the session clock.</summary>
    public ReplayPartner(GestureClip clip, TimeSpan clipStart)
    {
        ArgumentNullException.ThrowIfNull(clip);
        _clip = clip.Validate();
        if (clipStart < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(clipStart), clipStart, "The clip cannot start before the session.");
        }

        ClipStart = clipStart;
    }

    /// <summary>When the clip starts on the session clock.</summary>
    public TimeSpan ClipStart { get; }

    /// <summary>The labelled turn on the session clock (labelled start and end of the clip's movement).</summary>
    public PartnerTurnRecord Turn => new(0, _clip.Gesture, _clip.Source, ClipStart + _clip.ActivityStart, ClipStart + _clip.ActivityEnd, Hesitated: false, Overlap: false);

    /// <summary>The turn once the clip has started (empty before).</summary>
    public IReadOnlyList<PartnerTurnRecord> Turns => _turn is null ? [] : [_turn];

    /// <summary>When the clip has been played to its end.</summary>
    public TimeSpan ClipEnd => ClipStart + _clip.Duration;

    /// <summary>Writes the partner's skeleton at <paramref name="now"/> into <paramref name="frame"/> (timestamped <paramref name="now"/>).</summary>
    public void Step(TimeSpan now, CanonicalSkeleton frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (now >= ClipStart)
        {
            _turn ??= Turn;
        }

        var source = now < ClipStart ? _clip.Frames[0] : _clip.FrameAt(now - ClipStart);
        source.CopyTo(frame);
        frame.Timestamp = now;
    }
}
