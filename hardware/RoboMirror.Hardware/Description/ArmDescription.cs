using RoboMirror.Hardware.Kinematics;

namespace RoboMirror.Hardware.Description;

/// <summary>
/// Everything the rest of the stack needs to know about an arm: named joints with limits, the rate at which
/// it takes commands, its kinematic chain and a safe home pose. Immutable; validated when built.
/// </summary>
public sealed class ArmDescription
{
    private readonly JointDescription[] _joints;
    private readonly double[] _home;

    /// <summary>Builds and validates a description; every problem is named in one <see cref="ArgumentException"/>.</summary>
    public ArmDescription(string model, IReadOnlyList<JointDescription> joints, double controlRateHz, KinematicChain kinematics, IReadOnlyList<double> home)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(joints);
        ArgumentNullException.ThrowIfNull(kinematics);
        ArgumentNullException.ThrowIfNull(home);
        var problems = new List<string>();
        if (joints.Count == 0)
        {
            problems.Add("an arm needs at least one joint");
        }

        if (kinematics.JointCount != joints.Count)
        {
            problems.Add($"the kinematic chain has {kinematics.JointCount} joints but {joints.Count} joints are described");
        }

        if (home.Count != joints.Count)
        {
            problems.Add($"the home pose has {home.Count} values but the arm has {joints.Count} joints");
        }

        if (!double.IsFinite(controlRateHz) || controlRateHz <= 0)
        {
            problems.Add($"control rate {controlRateHz} Hz must be finite and positive");
        }

        for (var i = 0; i < joints.Count; i++)
        {
            if (joints[i].Limits.Problem() is { } problem)
            {
                problems.Add($"joint '{joints[i].Name}': {problem}");
            }
            else if (i < home.Count && !joints[i].Limits.Contains(home[i]))
            {
                problems.Add($"joint '{joints[i].Name}': home {home[i]} rad is outside [{joints[i].Limits.MinPosition}, {joints[i].Limits.MaxPosition}]");
            }
        }

        if (joints.Select(j => j.Name).Distinct(StringComparer.Ordinal).Count() != joints.Count)
        {
            problems.Add("joint names must be unique");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The arm description '{model}' is invalid: {string.Join("; ", problems)}.", nameof(joints));
        }

        Model = model;
        _joints = [.. joints];
        _home = [.. home];
        ControlRateHz = controlRateHz;
        Kinematics = kinematics;
    }

    /// <summary>The arm model, e.g. <c>ur5e</c> or <c>fr3</c>.</summary>
    public string Model { get; }

    /// <summary>The joints in command order.</summary>
    public IReadOnlyList<JointDescription> Joints => _joints;

    /// <summary>Number of joints.</summary>
    public int JointCount => _joints.Length;

    /// <summary>The rate at which the arm's controller takes commands (500 Hz for UR e-Series, 1 kHz for Franka).</summary>
    public double ControlRateHz { get; }

    /// <summary>The control period, 1 / <see cref="ControlRateHz"/>.</summary>
    public TimeSpan ControlPeriod => TimeSpan.FromSeconds(1.0 / ControlRateHz);

    /// <summary>Forward and inverse kinematics of the arm.</summary>
    public KinematicChain Kinematics { get; }

    /// <summary>A safe, comfortable pose to start from and return to, rad.</summary>
    public IReadOnlyList<double> Home => _home;

    /// <summary>The limits of joint <paramref name="index"/>.</summary>
    public JointLimits Limits(int index) => _joints[index].Limits;

    /// <summary>The joint names in command order.</summary>
    public IReadOnlyList<string> JointNames() => _joints.Select(j => j.Name).ToArray();
}
