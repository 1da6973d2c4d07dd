using RoboMirror.Hardware.Kinematics;

namespace RoboMirror.Hardware.Description;

/// <summary>
/// Descriptions of the supported arms from their manufacturers' published parameters (sources in
/// docs/hardware.md). Joint names follow the manufacturers' ROS 2 descriptions.
/// </summary>
public static class ArmModels
{
    private const double Degree = Math.PI / 180.0;

    /// <summary>
    /// Universal Robots UR5e. DH (standard) from UR's "Parameters for calculations of kinematics and dynamics";
    /// ±360° on every joint and 180 °/s per joint from the UR5e datasheet; 500 Hz e-Series control rate.
    /// The acceleration limit (10 rad/s²) is this project's choice: UR publish none per joint.
    /// </summary>
    public static ArmDescription Ur5e { get; } = BuildUr5e();

    /// <summary>
    /// Franka Research 3. Modified DH from Franka's "Robot and interface specifications" (flange d = 0.107 m);
    /// position, velocity and acceleration limits from the same page (FR3 column); 1 kHz control rate.
    /// </summary>
    public static ArmDescription FrankaFr3 { get; } = BuildFr3();

    /// <summary>All supported models by name (<c>ur5e</c>, <c>fr3</c>).</summary>
    public static IReadOnlyDictionary<string, ArmDescription> ByName { get; } =
        new Dictionary<string, ArmDescription>(StringComparer.OrdinalIgnoreCase) { ["ur5e"] = Ur5e, ["fr3"] = FrankaFr3 };

    private static ArmDescription BuildUr5e()
    {
        var chain = new KinematicChain(
            DhConvention.Standard,
            [
                new DhLink(0, Math.PI / 2, 0.1625),
                new DhLink(-0.425, 0, 0),
                new DhLink(-0.3922, 0, 0),
                new DhLink(0, Math.PI / 2, 0.1333),
                new DhLink(0, -Math.PI / 2, 0.0997),
                new DhLink(0, 0, 0.0996),
            ],
            Pose.Identity);
        string[] names = ["shoulder_pan_joint", "shoulder_lift_joint", "elbow_joint", "wrist_1_joint", "wrist_2_joint", "wrist_3_joint"];
        var limits = new JointLimits(-2 * Math.PI, 2 * Math.PI, 180 * Degree, 10.0);
        return new ArmDescription(
            "ur5e",
            names.Select(name => new JointDescription(name, limits)).ToArray(),
            500,
            chain,
            [0, -Math.PI / 2, Math.PI / 2, -Math.PI / 2, -Math.PI / 2, 0]);
    }

    private static ArmDescription BuildFr3()
    {
        var chain = new KinematicChain(
            DhConvention.Modified,
            [
                new DhLink(0, 0, 0.333),
                new DhLink(0, -Math.PI / 2, 0),
                new DhLink(0, Math.PI / 2, 0.316),
                new DhLink(0.0825, Math.PI / 2, 0),
                new DhLink(-0.0825, -Math.PI / 2, 0.384),
                new DhLink(0, Math.PI / 2, 0),
                new DhLink(0.088, Math.PI / 2, 0),
            ],
            Pose.FromTranslation(0, 0, 0.107));
        double[] min = [-2.7437, -1.7837, -2.9007, -3.0421, -2.8065, 0.5445, -3.0159];
        double[] max = [2.7437, 1.7837, 2.9007, -0.1518, 2.8065, 4.5169, 3.0159];
        double[] velocity = [2.62, 2.62, 2.62, 2.62, 5.26, 4.18, 5.26];
        var joints = Enumerable.Range(0, 7)
            .Select(i => new JointDescription($"fr3_joint{i + 1}", new JointLimits(min[i], max[i], velocity[i], 10.0)))
            .ToArray();
        return new ArmDescription("fr3", joints, 1000, chain, [0, -Math.PI / 4, 0, -3 * Math.PI / 4, 0, Math.PI / 2, Math.PI / 4]);
    }
}
