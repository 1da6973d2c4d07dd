using System.Text.Json;
using System.Text.Json.Serialization;
using RoboMirror.Controller.Simulation;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// The simulated partner's ground truth of one gesture as one line of JSON (the payload of
/// std_msgs/String on /robomirror/sim/partner_truth): index, gesture, source, start_ns, end_ns (session
/// clock, nanoseconds), hesitated, overlap, and follower_onset_ns when a replayed recording has a human follower.
/// </summary>
internal static class PartnerTruthJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The JSON line of a record.</summary>
    public static string Write(PartnerTurnRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var dto = new Dto(record.Index, record.Gesture, record.Source, SessionTime.Nanoseconds(record.Start), SessionTime.Nanoseconds(record.End), record.Hesitated, record.Overlap, record.FollowerOnset is { } f ? SessionTime.Nanoseconds(f) : null);
        return JsonSerializer.Serialize(dto, Options);
    }

    /// <summary>Parses a JSON line; throws <see cref="FormatException"/> naming the problem.</summary>
    public static PartnerTurnRecord Read(string json)
    {
        Dto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<Dto>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"A partner truth record is not valid JSON ({e.Message}): {json}", e);
        }

        if (dto is null || dto.Gesture is null || dto.Source is null || dto.EndNs < dto.StartNs)
        {
            throw new FormatException($"A partner truth record lacks gesture or source, or ends before it starts: {json}");
        }

        return new PartnerTurnRecord(dto.Index, dto.Gesture, dto.Source, SessionTime.FromNanoseconds(dto.StartNs), SessionTime.FromNanoseconds(dto.EndNs), dto.Hesitated, dto.Overlap, dto.FollowerOnsetNs is { } f ? SessionTime.FromNanoseconds(f) : null);
    }

    private sealed record Dto(
        [property: JsonPropertyName("index")] int Index,
        [property: JsonPropertyName("gesture")] string? Gesture,
        [property: JsonPropertyName("source")] string? Source,
        [property: JsonPropertyName("start_ns")] ulong StartNs,
        [property: JsonPropertyName("end_ns")] ulong EndNs,
        [property: JsonPropertyName("hesitated")] bool Hesitated,
        [property: JsonPropertyName("overlap")] bool Overlap,
        [property: JsonPropertyName("follower_onset_ns"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ulong? FollowerOnsetNs = null);
}
