using RoboMirror.Ros.Messages.BuiltinInterfaces;

namespace RoboMirror.Ros.Clocks;

/// <summary>
/// Converts between ROS time (builtin_interfaces/Time: seconds and nanoseconds since the Unix epoch) and
/// <see cref="DateTimeOffset"/>, the currency of <see cref="TimeProvider"/>. .NET keeps 100 ns ticks, so the
/// last two decimal digits of the nanoseconds are truncated.
/// </summary>
public static class RosTime
{
    private const long NanosecondsPerTick = 100;

    /// <summary>The instant <paramref name="time"/> names, in UTC.</summary>
    public static DateTimeOffset ToDateTimeOffset(Time time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateTimeOffset.UnixEpoch.AddTicks((time.Sec * TimeSpan.TicksPerSecond) + (time.Nanosec / NanosecondsPerTick));
    }

    /// <summary>A stamp for a message header, e.g. <c>RosTime.FromDateTimeOffset(node.Clock.GetUtcNow())</c>.</summary>
    public static Time FromDateTimeOffset(DateTimeOffset instant)
    {
        var ticks = (instant - DateTimeOffset.UnixEpoch).Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return new Time { Sec = checked((int)seconds), Nanosec = (uint)(remainder * NanosecondsPerTick) };
    }
}
