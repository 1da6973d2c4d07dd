using RoboMirror.Ros.Qos;

namespace RoboMirror.Nodes.Nodes;

/// <summary>The topics of a turn-taking session and the QoS each is offered with (docs/sim.md).</summary>
internal static class SessionTopics
{
    /// <summary>The partner's raw 3D canonical skeleton (robomirror_msgs/PartnerState, joints only): the simulated partner's output, or any 3D tracker's.</summary>
    public const string PartnerSkeleton = "/robomirror/partner_skeleton";

    /// <summary>Perception's view of the partner (robomirror_msgs/PartnerState, filtered, with energies and activity).</summary>
    public const string PartnerState = "/robomirror/partner_state";

    /// <summary>
    /// The selected partner as observed (robomirror_msgs/PartnerState): perception's canonical, validated skeleton
    /// before filtering, with the same energies, drift and activity as <see cref="PartnerState"/>. The mirror network
    /// reads this: it was trained on unfiltered recordings.
    /// </summary>
    public const string PartnerObserved = "/robomirror/partner_observed";

    /// <summary>The partner's tracked hands in the robot's base frame (geometry_msgs/PoseArray), when the tracker is calibrated.</summary>
    public const string PartnerHands = "/robomirror/partner_hands";

    /// <summary>The mirror network's output (robomirror_msgs/MirrorSignal).</summary>
    public const string MirrorSignal = "/robomirror/mirror_signal";

    /// <summary>The turn controller's state (robomirror_msgs/TurnState), transient-local.</summary>
    public const string TurnState = "/robomirror/turn_state";

    /// <summary>The turn controller's events (robomirror_msgs/TurnEvent), reliable keep-all.</summary>
    public const string TurnEvents = "/robomirror/turn_events";

    /// <summary>The simulated partner's ground truth, one JSON line per gesture (std_msgs/String).</summary>
    public const string PartnerTruth = "/robomirror/sim/partner_truth";

    /// <summary>The arm's joint states (sensor_msgs/JointState).</summary>
    public const string JointStates = "/joint_states";

    /// <summary>Simulated time (rosgraph_msgs/Clock).</summary>
    public const string Clock = "/clock";

    /// <summary>ROS4HRI: the ids of the tracked bodies (hri_msgs/IdsList).</summary>
    public const string TrackedBodies = "/humans/bodies/tracked";

    /// <summary>The ros2_control joint_trajectory_controller the arm commands go to, by default.</summary>
    public const string DefaultController = "/joint_trajectory_controller";

    /// <summary>ROS4HRI: one body's 2D skeleton (hri_msgs/Skeleton2D).</summary>
    public static string Skeleton2D(string bodyId) => $"/humans/bodies/{bodyId}/skeleton2d";

    /// <summary>The trajectory command topic of a controller.</summary>
    public static string JointTrajectory(string controller) => $"{controller.TrimEnd('/')}/joint_trajectory";

    /// <summary>Reliable, volatile, keep-all: every turn event reaches every subscriber.</summary>
    public static QosProfile Events { get; } = new(Reliability.Reliable, Durability.Volatile, History.KeepAll, 0);

    /// <summary>Reliable, volatile, keep-all: every ground-truth record reaches the recorder and the oracle.</summary>
    public static QosProfile Truth { get; } = Events;

    /// <summary>Reliable, transient-local, keep-last 1: late joiners see the current state.</summary>
    public static QosProfile State => QosProfile.Latched;

    /// <summary>Best effort, keep-last 1, as rclcpp subscribes to /clock.</summary>
    public static QosProfile ClockQos { get; } = new(Reliability.BestEffort, Durability.Volatile, History.KeepLast, 1);
}
