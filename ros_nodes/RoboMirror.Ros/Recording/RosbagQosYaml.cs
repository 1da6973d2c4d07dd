using System.Globalization;
using System.Text;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// The <c>offered_qos_profiles</c> channel metadata as rosbag2 (Jazzy, format version 9) writes it: a YAML
/// sequence of profiles with policy names as strings and durations as <c>sec</c>/<c>nsec</c>; an infinite
/// duration is RMW_DURATION_INFINITE (9223372036 s 854775807 ns). <c>ros2 bag play</c> reads it to offer the
/// same QoS again.
/// </summary>
internal static class RosbagQosYaml
{
    private const long InfiniteSeconds = 9223372036;
    private const long InfiniteNanoseconds = 854775807;

    public static string Format(QosProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var yaml = new StringBuilder();
        yaml.Append("- history: ").Append(profile.History == History.KeepLast ? "keep_last" : "keep_all").Append('\n');
        yaml.Append("  depth: ").Append(profile.Depth.ToString(CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("  reliability: ").Append(profile.Reliability == Reliability.Reliable ? "reliable" : "best_effort").Append('\n');
        yaml.Append("  durability: ").Append(profile.Durability == Durability.Volatile ? "volatile" : "transient_local").Append('\n');
        AppendDuration(yaml, "deadline", profile.Deadline);
        AppendDuration(yaml, "lifespan", profile.Lifespan);
        yaml.Append("  liveliness: ").Append(profile.Liveliness == Liveliness.Automatic ? "automatic" : "manual_by_topic").Append('\n');
        AppendDuration(yaml, "liveliness_lease_duration", profile.LivelinessLeaseDuration);
        yaml.Append("  avoid_ros_namespace_conventions: false");
        return yaml.ToString();
    }

    private static void AppendDuration(StringBuilder yaml, string name, TimeSpan? duration)
    {
        long seconds = InfiniteSeconds;
        long nanoseconds = InfiniteNanoseconds;
        if (duration is { } d)
        {
            var totalNanoseconds = d.Ticks * 100;
            seconds = totalNanoseconds / 1_000_000_000;
            nanoseconds = totalNanoseconds % 1_000_000_000;
        }

        yaml.Append("  ").Append(name).Append(":\n");
        yaml.Append("    sec: ").Append(seconds.ToString(CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("    nsec: ").Append(nanoseconds.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }
}
