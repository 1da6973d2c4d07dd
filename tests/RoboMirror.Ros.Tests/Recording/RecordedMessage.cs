using System.Text.Json.Nodes;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>One message a test recorded: where it went, its CDR payload and the value a ROS 2 decoder must read back.</summary>
internal sealed record RecordedMessage(string Topic, uint Sequence, ulong LogTime, ulong PublishTime, byte[] Payload, JsonObject Expected)
{
    public JsonObject ToJson() => new()
    {
        ["topic"] = Topic,
        ["sequence"] = Sequence,
        ["logTime"] = LogTime.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["publishTime"] = PublishTime.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["value"] = Expected.DeepClone(),
    };
}
