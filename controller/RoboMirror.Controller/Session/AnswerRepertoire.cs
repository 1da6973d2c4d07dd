using RoboMirror.Controller.Simulation;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Retargeting;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Trajectories;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Controller.Session;

/// <summary>
/// The robot's answer movements: a human arm's movement (the follower's side of a recorded interaction, or a
/// synthetic gesture) retargeted onto the arm, slowed down until the arm's limits accept it. An answer is
/// planned from wherever the arm is (<see cref="Plan"/>): a lead-in to the movement's first pose, timed by
/// the distance, then the movement, then a return home. Built once, before the session.
/// </summary>
public sealed class AnswerRepertoire
{
    /// <summary>Shortest lead-in from the current position to the movement's first pose.</summary>
    public static readonly TimeSpan MinLeadIn = TimeSpan.FromMilliseconds(150);

    /// <summary>Joint speed of the lead-in (rad/s), well inside every supported arm's limits.</summary>
    public const double LeadInSpeed = 0.8;

    /// <summary>Time from the movement's last pose back home.</summary>
    public static readonly TimeSpan ReturnHome = TimeSpan.FromMilliseconds(800);

    /// <summary>Joint speed (rad/s) that counts as moving when trimming a movement's still start (twice the controller's onset threshold).</summary>
    private const double OnsetSpeed = 0.1;

    /// <summary>Points of the lead-in (the last is the movement's first pose).</summary>
    private const int LeadInSteps = 10;

    private static readonly double[] Slowdowns = [1.0, 1.25, 1.5, 2.0, 3.0, 4.0];

    private readonly Dictionary<string, JointTrajectory> _movements;
    private readonly CommandValidator _validator;

    private AnswerRepertoire(ArmDescription arm, Dictionary<string, JointTrajectory> movements, string source)
    {
        Arm = arm;
        _movements = movements;
        _validator = new CommandValidator(arm);
        Source = source;
    }

    /// <summary>The arm the trajectories are for.</summary>
    public ArmDescription Arm { get; }

    /// <summary>Where the movements come from, e.g. <c>synthetic</c> or <c>buetepage follower</c>.</summary>
    public string Source { get; }

    /// <summary>Answer ids the repertoire holds.</summary>
    public IReadOnlyCollection<string> Ids => _movements.Keys;

    /// <summary>The movement of <paramref name="answerId"/> alone (first pose at time 0, return home at the end), e.g. to embed it.</summary>
    public JointTrajectory Movement(string answerId) =>
        _movements.TryGetValue(answerId, out var movement)
            ? movement
            : throw new KeyNotFoundException($"The repertoire has no answer '{answerId}'; it holds {string.Join(", ", _movements.Keys)}.");

    /// <summary>
    /// The answer <paramref name="answerId"/> planned from joint positions <paramref name="from"/>; the lead-in
    /// is lengthened until the arm's limits accept the whole trajectory. Throws <see cref="KeyNotFoundException"/>
    /// naming the known answers when the id is absent, <see cref="ArgumentException"/> when no timing fits.
    /// </summary>
    public JointTrajectory Plan(string answerId, ReadOnlySpan<double> from)
    {
        if (!_movements.TryGetValue(answerId, out var movement))
        {
            throw new KeyNotFoundException($"The repertoire has no answer '{answerId}'; it holds {string.Join(", ", _movements.Keys)}.");
        }

        if (from.Length != Arm.JointCount)
        {
            throw new ArgumentException($"The arm is at {from.Length} joint positions; the {Arm.Model} has {Arm.JointCount} joints.", nameof(from));
        }

        var delta = 0.0;
        var first = movement.Points[0].Positions;
        for (var j = 0; j < from.Length; j++)
        {
            delta = Math.Max(delta, Math.Abs(first[j] - from[j]));
        }

        // A minimum-jerk lead-in peaks at 1.875 × the mean speed.
        var lead = TimeSpan.FromSeconds(Math.Max(MinLeadIn.TotalSeconds, 1.875 * delta / LeadInSpeed));
        foreach (var stretch in Slowdowns)
        {
            var candidate = WithLeadIn(movement, from, lead * stretch);
            if (_validator.CheckTrajectory(candidate, from).Check.IsAccepted)
            {
                return candidate;
            }
        }

        var last = _validator.CheckTrajectory(WithLeadIn(movement, from, lead * Slowdowns[^1]), from);
        throw new ArgumentException($"The answer '{answerId}' cannot start from the arm's position within the {Arm.Model}'s limits: {last.Check} at point {last.Point}.", nameof(from));
    }

    /// <summary>Builds every answer from synthetic gestures (minimum-jerk right-arm movements).</summary>
    public static AnswerRepertoire Synthetic(ArmDescription arm, int seed)
    {
        ArgumentNullException.ThrowIfNull(arm);
        var random = new Random(seed);
        var movements = new Dictionary<string, JointTrajectory>(StringComparer.Ordinal);
        foreach (var id in AnswerIds.All)
        {
            var clip = SyntheticGestures.Create(AnswerIds.GestureOf(id), random);
            var frames = clip.Frames.Where(f => f.Timestamp >= clip.ActivityStart && f.Timestamp <= clip.ActivityEnd).ToList();
            movements[id] = Build(arm, frames, ArmSide.Right, $"synthetic {id}");
        }

        return new AnswerRepertoire(arm, movements, "synthetic");
    }

    /// <summary>
    /// Builds answers from recorded human movements (e.g. the follower's arm in a recorded interaction of the
    /// gesture), one frame sequence per answer id; the side is the arm that moves most.
    /// </summary>
    public static AnswerRepertoire FromMovements(ArmDescription arm, IReadOnlyDictionary<string, IReadOnlyList<CanonicalSkeleton>> movements, string source)
    {
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentNullException.ThrowIfNull(movements);
        if (movements.Count == 0)
        {
            throw new ArgumentException("No recorded movements were given; the repertoire needs at least one answer.", nameof(movements));
        }

        var built = new Dictionary<string, JointTrajectory>(StringComparer.Ordinal);
        foreach (var (id, frames) in movements)
        {
            built[id] = Build(arm, frames, null, $"{source} {id}");
        }

        return new AnswerRepertoire(arm, built, source);
    }

    /// <summary>The retargeted movement (first point at time 0) followed by the return home, slowed until a start from home passes the limits.</summary>
    private static JointTrajectory Build(ArmDescription arm, IReadOnlyList<CanonicalSkeleton> frames, ArmSide? side, string name)
    {
        var motion = TrajectoryRetargeting.Retarget(arm, frames, side).Trajectory;
        var validator = new CommandValidator(arm);
        var home = arm.Home.ToArray();
        foreach (var slowdown in Slowdowns)
        {
            var candidate = Slowed(arm, motion, slowdown);
            if (validator.CheckTrajectory(WithLeadIn(candidate, home, TimeSpan.FromSeconds(1)), home).Check.IsAccepted)
            {
                return candidate;
            }
        }

        var last = validator.CheckTrajectory(WithLeadIn(Slowed(arm, motion, Slowdowns[^1]), home, TimeSpan.FromSeconds(1)), home);
        throw new ArgumentException($"The answer '{name}' breaks the {arm.Model}'s limits even slowed down {Slowdowns[^1]}×: {last.Check} at point {last.Point}.");
    }

    private static JointTrajectory Slowed(ArmDescription arm, JointTrajectory motion, double slowdown)
    {
        var points = new List<JointTrajectoryPoint>(motion.Points.Count + 1);
        var first = FirstMoving(motion);
        var start = motion.Points[first].TimeFromStart;
        foreach (var p in motion.Points.Skip(first))
        {
            var velocities = p.Velocities?.Select(v => v / slowdown).ToArray();
            points.Add(new JointTrajectoryPoint(p.Positions, (p.TimeFromStart - start) * slowdown, velocities));
        }

        points.Add(new JointTrajectoryPoint(arm.Home, points[^1].TimeFromStart + (ReturnHome * slowdown), new double[arm.JointCount]));
        return new JointTrajectory(motion.JointNames, points);
    }

    /// <summary>
    /// The point before the first segment in which a joint moves faster than <see cref="OnsetSpeed"/>: the
    /// answer starts with motion, so the robot's visible onset follows its command closely.
    /// </summary>
    private static int FirstMoving(JointTrajectory motion)
    {
        for (var i = 1; i < motion.Points.Count; i++)
        {
            var dt = (motion.Points[i].TimeFromStart - motion.Points[i - 1].TimeFromStart).TotalSeconds;
            for (var j = 0; j < motion.JointNames.Count; j++)
            {
                if (Math.Abs(motion.Points[i].Positions[j] - motion.Points[i - 1].Positions[j]) > OnsetSpeed * dt)
                {
                    return i - 1;
                }
            }
        }

        return 0;
    }

    /// <summary>The movement preceded by a minimum-jerk approach from <paramref name="from"/> to its first pose, <see cref="LeadInSteps"/> points over <paramref name="lead"/>.</summary>
    private static JointTrajectory WithLeadIn(JointTrajectory movement, ReadOnlySpan<double> from, TimeSpan lead)
    {
        var first = movement.Points[0].Positions;
        var points = new List<JointTrajectoryPoint>(movement.Points.Count + LeadInSteps);
        for (var k = 1; k < LeadInSteps; k++)
        {
            var progress = MinimumJerk.Progress((double)k / LeadInSteps);
            var positions = new double[first.Count];
            for (var j = 0; j < positions.Length; j++)
            {
                positions[j] = from[j] + ((first[j] - from[j]) * progress);
            }

            points.Add(new JointTrajectoryPoint(positions, lead * k / LeadInSteps));
        }

        points.AddRange(movement.Points.Select(p => new JointTrajectoryPoint(p.Positions, p.TimeFromStart + lead, p.Velocities)));
        return new JointTrajectory(movement.JointNames, points);
    }
}
