using System.Globalization;

namespace RoboMirror.Hardware.Safety;

/// <summary>
/// The verdict on one streamed target. A value type so the real-time path allocates nothing;
/// <see cref="ToString"/> builds the human-readable reason (off the real-time path).
/// </summary>
/// <param name="Reason">Why it was refused, or <see cref="RejectionReason.None"/>.</param>
/// <param name="Joint">The offending joint index, or −1.</param>
/// <param name="Value">The offending value (position, velocity or size).</param>
/// <param name="Limit">The limit it broke.</param>
public readonly record struct TargetCheck(RejectionReason Reason, int Joint, double Value, double Limit)
{
    /// <summary>The target was accepted.</summary>
    public static TargetCheck Accepted => new(RejectionReason.None, -1, 0, 0);

    /// <summary>True when the target was accepted.</summary>
    public bool IsAccepted => Reason == RejectionReason.None;

    /// <inheritdoc />
    public override string ToString() => Reason switch
    {
        RejectionReason.None => "accepted",
        RejectionReason.WrongSize => Format($"target has {Value} values; the arm has {Limit} joints"),
        RejectionReason.NotFinite => Format($"joint {Joint}: target {Value} is not a finite number"),
        RejectionReason.PositionLimit => Format($"joint {Joint}: target {Value:F4} rad is outside its range (nearest limit {Limit:F4} rad)"),
        RejectionReason.VelocityLimit => Format($"joint {Joint}: needs {Value:F3} rad/s; limit {Limit:F3} rad/s"),
        RejectionReason.AccelerationLimit => Format($"joint {Joint}: needs {Value:F3} rad/s²; limit {Limit:F3} rad/s²"),
        RejectionReason.Discontinuous => Format($"joint {Joint}: jumps {Value:F4} rad in one cycle; at most {Limit:F4} rad is reachable; ramp the target instead"),
        RejectionReason.NotActive => "the arm is not active: configure and activate it (or clear its fault) first",
        RejectionReason.JointNames => "the trajectory's joint names do not match the arm's",
        _ => Reason.ToString(),
    };

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
