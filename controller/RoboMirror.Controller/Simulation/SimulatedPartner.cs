using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Controller.Simulation;

/// <summary>
/// A partner who plays the turn-taking game with the robot: performs a gesture (a recorded leader's clip,
/// or a synthetic one), waits for the robot's answer, reacts to it after a human-like delay, sometimes
/// hesitates mid-gesture and sometimes starts again while the robot answers. Deterministic for a given
/// random source; driven by <see cref="Step"/> with the session clock and whether the robot is moving.
/// </summary>
public sealed class SimulatedPartner
{
    private enum Phase
    {
        Resting,
        Gesturing,
        WaitingForRobot,
        WatchingRobot,
    }

    private readonly IReadOnlyList<GestureClip> _clips;
    private readonly PartnerBehaviour _behaviour;
    private readonly Random _random;
    private readonly List<PartnerTurnRecord> _turns = [];

    private Phase _phase = Phase.Resting;
    private GestureClip _clip;
    private TimeSpan _clipStart;
    private TimeSpan _nextStart;
    private TimeSpan _hesitationAt;
    private TimeSpan _hesitation;
    private bool _nextIsOverlap;
    private bool _resumeThisAnswer;
    private TimeSpan? _robotStartedAt;

    public SimulatedPartner(IReadOnlyList<GestureClip> clips, PartnerBehaviour behaviour, Random random, TimeSpan firstStart)
    {
        ArgumentNullException.ThrowIfNull(clips);
        if (clips.Count == 0)
        {
            throw new ArgumentException("The simulated partner needs at least one gesture clip.", nameof(clips));
        }

        _clips = clips.Select(c => c.Validate()).ToList();
        _behaviour = behaviour.Validate();
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _clip = _clips[0];
        _nextStart = firstStart;
    }

    /// <summary>Every gesture started so far, with its labelled start and end on the session clock.</summary>
    public IReadOnlyList<PartnerTurnRecord> Turns => _turns;

    /// <summary>True while the partner's labelled movement is under way (the ground truth of activity).</summary>
    public bool IsActive(TimeSpan now) =>
        _turns.Count > 0 && _turns[^1].Start <= now && now < _turns[^1].End;

    /// <summary>
    /// Advances to <paramref name="now"/> and writes the partner's skeleton at that instant into
    /// <paramref name="frame"/> (timestamped <paramref name="now"/>).
    /// </summary>
    public void Step(TimeSpan now, bool robotMoving, CanonicalSkeleton frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        switch (_phase)
        {
            case Phase.Resting when now >= _nextStart:
                StartGesture(now);
                break;
            case Phase.Gesturing when ClipTime(now) >= _clip.Duration:
                _phase = Phase.WaitingForRobot;
                break;
            case Phase.WaitingForRobot when robotMoving:
                _phase = Phase.WatchingRobot;
                _robotStartedAt = now;
                _resumeThisAnswer = _random.NextDouble() < _behaviour.ResumeProbability;
                break;
            case Phase.WaitingForRobot when now - _turns[^1].End > _behaviour.AnswerTimeout:
                Rest(now);
                break;
            case Phase.WatchingRobot when _resumeThisAnswer && now - _robotStartedAt!.Value >= Draw(_behaviour.ReactionDelayMean, _behaviour.ReactionDelayStdDev):
                _nextIsOverlap = true;
                StartGesture(now);
                break;
            case Phase.WatchingRobot when !robotMoving:
                Rest(now);
                break;
        }

        var source = _phase == Phase.Gesturing ? _clip.FrameAt(ClipTime(now)) : _phase == Phase.Resting ? _clip.Frames[0] : _clip.Frames[^1];
        source.CopyTo(frame);
        frame.Timestamp = now;
    }

    private TimeSpan ClipTime(TimeSpan now)
    {
        var t = now - _clipStart;
        if (t <= _hesitationAt)
        {
            return t;
        }

        return t <= _hesitationAt + _hesitation ? _hesitationAt : t - _hesitation;
    }

    private void StartGesture(TimeSpan now)
    {
        _clip = _clips[_random.Next(_clips.Count)];
        _clipStart = now;
        var hesitates = _random.NextDouble() < _behaviour.HesitationProbability;
        var activity = _clip.ActivityEnd - _clip.ActivityStart;
        _hesitationAt = hesitates ? _clip.ActivityStart + (activity * (0.3 + (0.4 * _random.NextDouble()))) : TimeSpan.MaxValue / 2;
        _hesitation = hesitates
            ? _behaviour.HesitationMin + ((_behaviour.HesitationMax - _behaviour.HesitationMin) * _random.NextDouble())
            : TimeSpan.Zero;
        _turns.Add(new PartnerTurnRecord(_turns.Count, _clip.Gesture, _clip.Source, now + _clip.ActivityStart, now + _clip.ActivityEnd + _hesitation, hesitates, _nextIsOverlap));
        _nextIsOverlap = false;
        _robotStartedAt = null;
        _phase = Phase.Gesturing;
    }

    private void Rest(TimeSpan now)
    {
        _phase = Phase.Resting;
        _nextStart = now + Draw(_behaviour.ReactionDelayMean, _behaviour.ReactionDelayStdDev) + Draw(_behaviour.PauseMean, _behaviour.PauseStdDev);
    }

    private TimeSpan Draw(TimeSpan mean, TimeSpan stdDev)
    {
        // Box–Muller from the seeded source.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        var value = mean + (stdDev * z);
        return value < TimeSpan.Zero ? TimeSpan.Zero : value;
    }
}
