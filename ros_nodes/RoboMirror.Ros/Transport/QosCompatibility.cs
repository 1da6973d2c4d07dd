using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Transport;

/// <summary>
/// DDS's "requested versus offered" rules, which decide whether a writer and a reader match: the writer
/// must offer at least what the reader requests. Reliability (best effort offers less than reliable),
/// durability (volatile offers less than transient-local), deadline (a longer period offers less),
/// liveliness (automatic offers less than manual-by-topic; a longer lease offers less). History and depth
/// never prevent a match.
/// </summary>
public static class QosCompatibility
{
    /// <summary>True when a writer offering <paramref name="offered"/> matches a reader requesting <paramref name="requested"/>; otherwise says why.</summary>
    public static bool IsCompatible(QosProfile offered, QosProfile requested, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(offered);
        ArgumentNullException.ThrowIfNull(requested);
        reason = null;
        if (offered.Reliability == Reliability.BestEffort && requested.Reliability == Reliability.Reliable)
        {
            reason = "the publisher is best effort but the subscription requires reliable";
        }
        else if (offered.Durability == Durability.Volatile && requested.Durability == Durability.TransientLocal)
        {
            reason = "the publisher is volatile but the subscription requires transient-local";
        }
        else if (Longer(offered.Deadline, requested.Deadline))
        {
            reason = $"the publisher offers a deadline of {Describe(offered.Deadline)}, longer than the {Describe(requested.Deadline)} the subscription requires";
        }
        else if (offered.Liveliness < requested.Liveliness)
        {
            reason = $"the publisher's liveliness is {offered.Liveliness} but the subscription requires {requested.Liveliness}";
        }
        else if (Longer(offered.LivelinessLeaseDuration, requested.LivelinessLeaseDuration))
        {
            reason = $"the publisher's liveliness lease of {Describe(offered.LivelinessLeaseDuration)} is longer than the {Describe(requested.LivelinessLeaseDuration)} the subscription requires";
        }

        return reason is null;
    }

    // Null is infinite.
    private static bool Longer(TimeSpan? offered, TimeSpan? requested) =>
        requested is { } r && (offered is not { } o || o > r);

    private static string Describe(TimeSpan? span) => span is { } s ? $"{s.TotalMilliseconds:0.###} ms" : "infinity";
}
