using RoboMirror.Controller.Simulation;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Controller.Session;

/// <summary>
/// A partner that performs one recorded clip exactly once, as recorded: rest (the clip's first frame)
/// until <see cref="ClipStart"/>, the clip frame by frame, then the clip's last frame for ever. No
/// hesitation and no waiting for the robot: the evaluation replay (<c>robomirror eval --data</c>)
/// scores the robot against the recording's own timing. Only when told (<see cref="Resume"/>) does it play the
/// clip once more, from its first frame: the evaluation's probe of how fast the robot yields. The replay is
/// shifted, joint by joint, by the difference between the clip's last and first frames (and keeps the last frame's
/// body frame), so that it continues from where the partner stands without a jump that would look like movement.
/// </summary>
public sealed class ReplayPartner
{
    private readonly GestureClip _clip;
    private PartnerTurnRecord? _turn;
    private TimeSpan? _resumeAt;
    private PartnerTurnRecord? _resumed;

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

    /// <summary>The turn once the clip has started (empty before), and the resumed one once it has started.</summary>
    public IReadOnlyList<PartnerTurnRecord> Turns => _turn is null ? [] : _resumed is null ? [_turn] : [_turn, _resumed];

    /// <summary>
    /// The resumed movement's labelled turn (the clip's labelled movement, played again from <paramref name="at"/>):
    /// plays the whole clip once more from <paramref name="at"/> (cutting the first play's closing rest short when it
    /// comes before that has ended). A second call is ignored.
    /// </summary>
    public PartnerTurnRecord Resume(TimeSpan at)
    {
        if (at < Turn.End)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The partner resumes only after the labelled end of its first movement ({Turn.End}).");
        }

        _resumeAt ??= at;
        return ResumedTurn(_resumeAt.Value);
    }

    private void WriteResumed(CanonicalSkeleton source, CanonicalSkeleton frame)
    {
        var first = _clip.Frames[0];
        var last = _clip.Frames[^1];
        source.CopyTo(frame);
        frame.Frame = last.Frame;
        foreach (var joint in CanonicalJoints.All)
        {
            if (source.IsTracked(joint) && first.IsTracked(joint) && last.IsTracked(joint))
            {
                frame.Set(joint, source.Position(joint) + last.Position(joint) - first.Position(joint), source.Confidence(joint));
            }
        }
    }

    private PartnerTurnRecord ResumedTurn(TimeSpan at) =>
        new(1, _clip.Gesture, _clip.Source, at + _clip.ActivityStart, at + _clip.ActivityEnd, Hesitated: false, Overlap: true);

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

        if (_resumeAt is { } resume && now >= resume)
        {
            _resumed ??= ResumedTurn(resume);
        }

        if (_resumeAt is { } again && now >= again)
        {
            WriteResumed(_clip.FrameAt(now - again), frame);
            frame.Timestamp = now;
            return;
        }

        var source = now < ClipStart ? _clip.Frames[0] : _clip.FrameAt(now - ClipStart);
        source.CopyTo(frame);
        frame.Timestamp = now;
    }
}
