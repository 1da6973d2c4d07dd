using RoboMirror.Controller.Safety;
using RoboMirror.Ros;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// The turn controller's safety settings as ROS parameters (<c>safety_*</c>), each defaulting to
/// <see cref="SafetySettings"/>'s value: what a lab sets for its arm and study (distances in metres, speeds in m/s,
/// times as named). A bad combination throws with every problem named.
/// </summary>
internal static class SafetyParameters
{
    /// <summary>Declares the parameters on <paramref name="node"/> and returns the validated settings.</summary>
    public static SafetySettings Declare(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var d = new SafetySettings();
        var settings = new SafetySettings
        {
            HumanSpeed = node.DeclareParameter("safety_human_speed_mps", d.HumanSpeed),
            ReactionTime = node.DeclareParameter("safety_reaction_time_s", d.ReactionTime),
            StoppingTime = node.DeclareParameter("safety_stopping_time_s", d.StoppingTime),
            StoppingDistance = node.DeclareParameter("safety_stopping_distance_m", d.StoppingDistance),
            IntrusionDistance = node.DeclareParameter("safety_intrusion_distance_m", d.IntrusionDistance),
            HumanPositionUncertainty = node.DeclareParameter("safety_human_uncertainty_m", d.HumanPositionUncertainty),
            RobotPositionUncertainty = node.DeclareParameter("safety_robot_uncertainty_m", d.RobotPositionUncertainty),
            SlowDistance = node.DeclareParameter("safety_slow_distance_m", d.SlowDistance),
            MinSpeedScale = node.DeclareParameter("safety_min_speed_scale", d.MinSpeedScale),
            ClearMargin = node.DeclareParameter("safety_clear_margin_m", d.ClearMargin),
            ClearTime = TimeSpan.FromMilliseconds(node.DeclareParameter("safety_clear_time_ms", d.ClearTime.TotalMilliseconds)),
            PartnerTimeout = TimeSpan.FromMilliseconds(node.DeclareParameter("safety_partner_timeout_ms", d.PartnerTimeout.TotalMilliseconds)),
            ArmTimeout = TimeSpan.FromMilliseconds(node.DeclareParameter("safety_arm_timeout_ms", d.ArmTimeout.TotalMilliseconds)),
        };

        try
        {
            return settings.Validate();
        }
        catch (ArgumentException e)
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{node.Name}: safety parameters (safety_*): {e.Message}", e);
        }
    }
}
