using System.Globalization;
using RoboMirror.Controller.Session;
using RoboMirror.Nodes.Nodes;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// The <c>robomirror_session</c> metadata record of a session recording: policy, seed, partner_source,
/// start_ns, end_ns (session clock), plus free-form settings (turns_requested, speed, transport, version).
/// </summary>
internal static class SessionMetadata
{
    /// <summary>The pairs for a finished session.</summary>
    public static Dictionary<string, string> Write(SessionInfo info, IReadOnlyDictionary<string, string> extra)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(extra);
        var c = CultureInfo.InvariantCulture;
        var pairs = new Dictionary<string, string>(extra, StringComparer.Ordinal)
        {
            ["policy"] = info.Policy,
            ["seed"] = info.Seed.ToString(c),
            ["partner_source"] = info.PartnerSource,
            ["start_ns"] = SessionTime.Nanoseconds(info.Start).ToString(c),
            ["end_ns"] = SessionTime.Nanoseconds(info.End).ToString(c),
        };
        return pairs;
    }

    /// <summary>The session info of the pairs; throws <see cref="SessionRecordingException"/> naming a missing or bad key.</summary>
    public static SessionInfo Read(string path, IReadOnlyDictionary<string, string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        string Get(string key) => pairs.TryGetValue(key, out var v)
            ? v
            : throw new SessionRecordingException(path, $"the {RecorderNode.SessionMetadata} metadata has no '{key}'.");
        var c = CultureInfo.InvariantCulture;
        if (!int.TryParse(Get("seed"), NumberStyles.Integer, c, out var seed)
            || !ulong.TryParse(Get("start_ns"), NumberStyles.Integer, c, out var start)
            || !ulong.TryParse(Get("end_ns"), NumberStyles.Integer, c, out var end))
        {
            throw new SessionRecordingException(path, $"the {RecorderNode.SessionMetadata} metadata has a seed, start_ns or end_ns that is not an integer.");
        }

        return new SessionInfo(Get("policy"), seed, Get("partner_source"), SessionTime.FromNanoseconds(start), SessionTime.FromNanoseconds(end));
    }
}
