using System.Numerics;
using RoboMirror.Hardware.Description;

namespace RoboMirror.Hardware.Retargeting;

/// <summary>
/// How a person's hand path maps into a robot's workspace: the hand's offset from its shoulder (body frame,
/// shoulder widths) is scaled by <see cref="Reach"/> / <see cref="HumanArmLength"/>, turned by
/// <see cref="BaseYaw"/> and placed at <see cref="Anchor"/> in the robot's base frame, then kept inside the
/// reachable shell. Use <see cref="For"/> for tuned defaults per arm.
/// </summary>
public sealed record RetargetingOptions
{
    /// <summary>The robot-frame point (m) that stands for the person's right shoulder (mirrored for the left arm).</summary>
    public Vector3 Anchor { get; init; } = new(0.3f, 0f, 0.5f);

    /// <summary>How far (m) a fully stretched human arm reaches from <see cref="Anchor"/>.</summary>
    public double Reach { get; init; } = 0.45;

    /// <summary>A human arm's length in shoulder widths (the body frame's unit). Default 1.7.</summary>
    public double HumanArmLength { get; init; } = 1.7;

    /// <summary>Rotation (rad, about the base z axis) from the person's body frame to the robot's base frame: the robot's "forward".</summary>
    public double BaseYaw { get; init; }

    /// <summary>The robot's shoulder (m, base frame): the centre of the reachable shell.</summary>
    public Vector3 RobotShoulder { get; init; } = new(0f, 0f, 0.3f);

    /// <summary>Nearest a target may come to <see cref="RobotShoulder"/>, m.</summary>
    public double MinRadius { get; init; } = 0.25;

    /// <summary>Farthest a target may be from <see cref="RobotShoulder"/>, m.</summary>
    public double MaxRadius { get; init; } = 0.75;

    /// <summary>Lowest a target may be (above the table), m.</summary>
    public double MinHeight { get; init; } = 0.15;

    /// <summary>Time constant of the low-pass filter on the hand path (Kinect noise). Default 80 ms.</summary>
    public TimeSpan Smoothing { get; init; } = TimeSpan.FromMilliseconds(80);

    /// <summary>Farthest a hand may plausibly be from its shoulder, shoulder widths; beyond it the frame is an outlier. Default 2.4.</summary>
    public double MaxHandDistance { get; init; } = 2.4;

    /// <summary>Fastest a hand may plausibly move, shoulder widths per second (about 4 m/s). Default 10.</summary>
    public double MaxHandSpeed { get; init; } = 10;

    /// <summary>Inverse-kinematics iterations per frame (warm-started from the previous frame). Default 15.</summary>
    public int IterationsPerFrame { get; init; } = 15;

    /// <summary>Tuned defaults for a supported arm (UR5e, FR3); generic defaults for others.</summary>
    public static RetargetingOptions For(ArmDescription arm)
    {
        ArgumentNullException.ThrowIfNull(arm);
        return arm.Model switch
        {
            // UR arms point along −x at zero: the robot's forward is −x. Shoulder joint at d1 = 0.1625 m, reach 0.85 m.
            "ur5e" => new RetargetingOptions
            {
                Anchor = new Vector3(-0.25f, 0.1f, 0.5f),
                Reach = 0.42,
                BaseYaw = Math.PI,
                RobotShoulder = new Vector3(0f, 0f, 0.1625f),
                MaxRadius = 0.78,
                MinRadius = 0.3,
            },

            // Franka points along +x; shoulder (joint 2) at 0.333 m, reach 0.855 m.
            "fr3" => new RetargetingOptions
            {
                Anchor = new Vector3(0.3f, -0.1f, 0.6f),
                Reach = 0.4,
                RobotShoulder = new Vector3(0f, 0f, 0.333f),
                MaxRadius = 0.75,
                MinRadius = 0.3,
            },
            _ => new RetargetingOptions(),
        };
    }

    /// <summary>Throws one <see cref="ArgumentException"/> naming every invalid setting.</summary>
    public RetargetingOptions Validate()
    {
        var problems = new List<string>();
        if (!(Reach > 0) || !(HumanArmLength > 0))
        {
            problems.Add($"Reach ({Reach}) and HumanArmLength ({HumanArmLength}) must be positive");
        }

        if (!(MaxHandDistance > 0) || !(MaxHandSpeed > 0))
        {
            problems.Add($"MaxHandDistance ({MaxHandDistance}) and MaxHandSpeed ({MaxHandSpeed}) must be positive");
        }

        if (!(MinRadius >= 0) || !(MaxRadius > MinRadius))
        {
            problems.Add($"MinRadius ({MinRadius}) must be non-negative and below MaxRadius ({MaxRadius})");
        }

        if (Smoothing < TimeSpan.Zero || IterationsPerFrame < 1)
        {
            problems.Add($"Smoothing ({Smoothing}) must not be negative and IterationsPerFrame ({IterationsPerFrame}) must be at least 1");
        }

        if (!double.IsFinite(BaseYaw) || !double.IsFinite(MinHeight))
        {
            problems.Add($"BaseYaw ({BaseYaw}) and MinHeight ({MinHeight}) must be finite");
        }

        return problems.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(RetargetingOptions)}' are invalid: {string.Join("; ", problems)}.");
    }
}
