using RoboMirror.Ros.Dds.Native;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Dds;

/// <summary>
/// ROS 2 QoS ⇄ DDS QoS, as rmw_cyclonedds maps it: reliability (reliable blocks up to infinity),
/// durability, history and depth, deadline, lifespan (writers), liveliness and its lease; plus XCDR1 as
/// the only data representation and no auto-dispose of unregistered instances. A null duration is
/// DDS_INFINITY both ways.
/// </summary>
internal static unsafe class QosMapping
{
    /// <summary>Builds the DDS QoS of a writer (<paramref name="forWriter"/>) or reader.</summary>
    public static DdsQos ToDds(DdscApi api, QosProfile profile, bool forWriter, string? userData)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var qos = new DdsQos(api);
        var q = qos.Pointer;
        if (profile.Reliability == Reliability.Reliable)
        {
            api.dds_qset_reliability(q, DdsConstants.ReliabilityReliable, DdsConstants.Infinity);
        }
        else
        {
            api.dds_qset_reliability(q, DdsConstants.ReliabilityBestEffort, 0);
        }

        api.dds_qset_durability(q, profile.Durability == Durability.TransientLocal ? DdsConstants.DurabilityTransientLocal : DdsConstants.DurabilityVolatile);
        if (profile.History == History.KeepAll)
        {
            api.dds_qset_history(q, DdsConstants.HistoryKeepAll, -1);
        }
        else
        {
            api.dds_qset_history(q, DdsConstants.HistoryKeepLast, Math.Max(1, profile.Depth));
        }

        api.dds_qset_deadline(q, ToNanoseconds(profile.Deadline));
        api.dds_qset_liveliness(
            q,
            profile.Liveliness == Liveliness.ManualByTopic ? DdsConstants.LivelinessManualByTopic : DdsConstants.LivelinessAutomatic,
            ToNanoseconds(profile.LivelinessLeaseDuration));
        if (forWriter)
        {
            api.dds_qset_lifespan(q, ToNanoseconds(profile.Lifespan));
            api.dds_qset_writer_data_lifecycle(q, 0);
        }

        short xcdr1 = DdsConstants.DataRepresentationXcdr1;
        api.dds_qset_data_representation(q, 1, &xcdr1);
        if (userData is not null)
        {
            qos.SetUserData(userData);
        }

        return qos;
    }

    /// <summary>Reads a discovered endpoint's QoS. History is not sent in discovery, so depth is what Cyclone assumes for a remote endpoint.</summary>
    public static QosProfile FromDds(DdscApi api, IntPtr qos, bool isWriter)
    {
        // DDS defaults where a policy is absent: writers reliable, readers best effort.
        var reliability = isWriter ? Reliability.Reliable : Reliability.BestEffort;
        var durability = Durability.Volatile;
        var history = History.KeepLast;
        var depth = 1;
        TimeSpan? deadline = null, lifespan = null, lease = null;
        var liveliness = Liveliness.Automatic;
        if (qos == IntPtr.Zero)
        {
            return new QosProfile(reliability, durability, history, depth);
        }

        int kind;
        long duration;
        if (api.dds_qget_reliability(qos, &kind, &duration) != 0)
        {
            reliability = kind == DdsConstants.ReliabilityReliable ? Reliability.Reliable : Reliability.BestEffort;
        }

        if (api.dds_qget_durability(qos, &kind) != 0)
        {
            durability = kind == DdsConstants.DurabilityVolatile ? Durability.Volatile : Durability.TransientLocal;
        }

        int historyDepth;
        if (api.dds_qget_history(qos, &kind, &historyDepth) != 0)
        {
            history = kind == DdsConstants.HistoryKeepAll ? History.KeepAll : History.KeepLast;
            depth = history == History.KeepAll ? 0 : historyDepth;
        }

        if (api.dds_qget_deadline(qos, &duration) != 0)
        {
            deadline = FromNanoseconds(duration);
        }

        if (isWriter && api.dds_qget_lifespan(qos, &duration) != 0)
        {
            lifespan = FromNanoseconds(duration);
        }

        if (api.dds_qget_liveliness(qos, &kind, &duration) != 0)
        {
            liveliness = kind == DdsConstants.LivelinessManualByTopic ? Liveliness.ManualByTopic : Liveliness.Automatic;
            lease = FromNanoseconds(duration);
        }

        return new QosProfile(reliability, durability, history, depth, deadline, lifespan, liveliness, lease);
    }

    /// <summary>A duration in nanoseconds; null is DDS_INFINITY.</summary>
    public static long ToNanoseconds(TimeSpan? duration) =>
        duration is { } d ? (d.Ticks >= long.MaxValue / 100 ? DdsConstants.Infinity : d.Ticks * 100) : DdsConstants.Infinity;

    /// <summary>DDS_INFINITY (or anything past TimeSpan's range) becomes null.</summary>
    public static TimeSpan? FromNanoseconds(long nanoseconds) =>
        nanoseconds == DdsConstants.Infinity || nanoseconds / 100 >= TimeSpan.MaxValue.Ticks ? null : TimeSpan.FromTicks(Math.Max(0, nanoseconds) / 100);
}
