using System.Text.Json;
using System.Text.Json.Serialization;
using RoboMirror.Perception.Inspection;

namespace RoboMirror.Nodes.Commands;

/// <summary>The JSON shape of <c>data inspect --json</c> (snake_case; times in seconds).</summary>
internal sealed record DataInspectJson(
    string Path,
    string Format,
    bool FormatDetected,
    string Space,
    IReadOnlyList<string> People,
    int Frames,
    double RateHz,
    double DurationS,
    IReadOnlyList<DataInspectJson.Segment> Segments,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyList<string> Notes)
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static DataInspectJson From(InspectionReport report) => new(
        report.Path,
        report.Format,
        report.FormatDetected,
        report.Space,
        report.People,
        report.Frames,
        Math.Round(report.RateHz, 3),
        Math.Round(report.Duration.TotalSeconds, 3),
        report.Segments.Select(s => new Segment(s.Label, s.Person, Math.Round(s.StartSeconds, 3), Math.Round(s.EndSeconds, 3))).ToList(),
        report.Counts.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
        report.Notes);

    internal sealed record Segment(string Label, string Person, double StartS, double EndS);
}
