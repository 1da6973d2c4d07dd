using System.Text.Json;

namespace RoboMirror.Nodes.Doctor;

/// <summary>The JSON shape of one finding (<c>robomirror doctor --json</c>).</summary>
internal sealed record FindingJson(string Capability, string Component, string Status, string Detail, string? Fix, bool Essential)
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static FindingJson From(Finding f) =>
        new(f.Capability, f.Component, f.Status.ToString().ToLowerInvariant(), f.Detail, f.Fix, f.Essential);
}
