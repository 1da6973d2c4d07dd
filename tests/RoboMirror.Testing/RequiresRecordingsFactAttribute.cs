using RoboMirror.Perception.Datasets;
using Xunit;

namespace RoboMirror.Testing;

/// <summary>
/// A fact that needs the real recordings (or one dataset of them). Where they are absent the test is
/// reported as skipped with the reason, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresRecordingsFactAttribute : FactAttribute
{
    public RequiresRecordingsFactAttribute(string? dataset = null)
    {
        Skip = RecordingsSkip.Reason(dataset);
    }
}

/// <summary>A theory that needs the real recordings; skipped with the reason where they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresRecordingsTheoryAttribute : TheoryAttribute
{
    public RequiresRecordingsTheoryAttribute(string? dataset = null)
    {
        Skip = RecordingsSkip.Reason(dataset);
    }
}

internal static class RecordingsSkip
{
    public static string? Reason(string? dataset)
    {
        if (Recordings.Root is null)
        {
            return $"Real recordings not found ({Recordings.Reason}); set {RecordingsFolder.Variable}.";
        }

        return dataset is not null && Recordings.Dataset(dataset) is null
            ? $"Dataset '{dataset}' is not in {Recordings.Root}."
            : null;
    }
}
