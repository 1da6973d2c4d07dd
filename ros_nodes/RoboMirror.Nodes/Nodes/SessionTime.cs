using RoboMirror.Ros;
using RoboMirror.Ros.Clocks;
using RoboMirror.Ros.Messages.BuiltinInterfaces;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// The session clock as the domain code reads it: a <see cref="TimeSpan"/> since ROS time zero (the Unix
/// epoch). Under simulated time (<c>/clock</c>, or the in-process sim's clock) that is the simulated
/// time since the session started; on the wall clock it is Unix time.
/// </summary>
internal static class SessionTime
{
    /// <summary>The node's clock as session time.</summary>
    public static TimeSpan Now(INode node) => node.Clock.GetUtcNow() - DateTimeOffset.UnixEpoch;

    /// <summary>A header stamp for session time <paramref name="t"/>.</summary>
    public static Time Stamp(TimeSpan t) => RosTime.FromDateTimeOffset(DateTimeOffset.UnixEpoch + t);

    /// <summary>Session time of a stamp.</summary>
    public static TimeSpan Of(Time stamp) => RosTime.ToDateTimeOffset(stamp) - DateTimeOffset.UnixEpoch;

    /// <summary>Nanoseconds since ROS time zero (MCAP log times).</summary>
    public static ulong Nanoseconds(TimeSpan t) => t <= TimeSpan.Zero ? 0 : (ulong)t.Ticks * 100;

    /// <summary>Session time of MCAP nanoseconds.</summary>
    public static TimeSpan FromNanoseconds(ulong ns) => TimeSpan.FromTicks((long)(ns / 100));
}
