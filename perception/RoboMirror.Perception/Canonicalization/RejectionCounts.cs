namespace RoboMirror.Perception.Canonicalization;

/// <summary>
/// Per-reason counts of rejected frames and of repairs (frames reordered, joints bridged, gaps and
/// jumps seen). Allocation-free to update; read it at any time to see what the pipeline threw away.
/// </summary>
public sealed class RejectionCounts
{
    private static readonly int ReasonCount = Enum.GetValues<FrameRejection>().Length;
    private readonly long[] _rejected = new long[ReasonCount];

    /// <summary>Frames rejected for <paramref name="reason"/>.</summary>
    public long Rejected(FrameRejection reason) => _rejected[(int)reason];

    /// <summary>Frames rejected for any reason.</summary>
    public long TotalRejected
    {
        get
        {
            long sum = 0;
            for (var i = 1; i < _rejected.Length; i++)
            {
                sum += _rejected[i];
            }

            return sum;
        }
    }

    /// <summary>Frames that arrived out of order and were put back in order inside the reorder window.</summary>
    public long Reordered { get; private set; }

    /// <summary>Joint samples that were missing or below the confidence floor and were bridged from earlier samples.</summary>
    public long JointsBridged { get; private set; }

    /// <summary>Joints declared lost because they stayed missing longer than the allowed gap.</summary>
    public long JointsLost { get; private set; }

    /// <summary>Frames estimated missing from gaps in the timestamps (a gap of n periods counts n - 1).</summary>
    public long DroppedFrames { get; private set; }

    /// <summary>Forward jumps in time larger than the jump limit; the filters restart after each.</summary>
    public long TimestampJumps { get; private set; }

    /// <summary>Counts one rejected frame. <see cref="FrameRejection.None"/> is ignored.</summary>
    public void Reject(FrameRejection reason)
    {
        if (reason != FrameRejection.None)
        {
            _rejected[(int)reason]++;
        }
    }

    /// <summary>Adds every count of <paramref name="other"/> to this one.</summary>
    internal void Add(RejectionCounts other)
    {
        for (var i = 0; i < _rejected.Length; i++)
        {
            _rejected[i] += other._rejected[i];
        }

        Reordered += other.Reordered;
        JointsBridged += other.JointsBridged;
        JointsLost += other.JointsLost;
        DroppedFrames += other.DroppedFrames;
        TimestampJumps += other.TimestampJumps;
    }

    internal void CountReordered() => Reordered++;

    internal void CountBridged() => JointsBridged++;

    internal void CountLost() => JointsLost++;

    internal void CountDropped(long frames) => DroppedFrames += frames;

    internal void CountJump() => TimestampJumps++;

    /// <summary>Every non-zero count by name, e.g. <c>("non_finite", 3)</c>, rejections first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> NonZero()
    {
        var list = new List<KeyValuePair<string, long>>();
        foreach (var reason in Enum.GetValues<FrameRejection>())
        {
            if (reason != FrameRejection.None && Rejected(reason) > 0)
            {
                list.Add(new(RejectionNames.Of(reason), Rejected(reason)));
            }
        }

        AddIfAny(list, "reordered", Reordered);
        AddIfAny(list, "joints_bridged", JointsBridged);
        AddIfAny(list, "joints_lost", JointsLost);
        AddIfAny(list, "dropped_frames", DroppedFrames);
        AddIfAny(list, "timestamp_jumps", TimestampJumps);
        return list;
    }

    private static void AddIfAny(List<KeyValuePair<string, long>> list, string name, long count)
    {
        if (count > 0)
        {
            list.Add(new(name, count));
        }
    }
}
