using System.Text.Json;

namespace RoboMirror.Models.Tests;

/// <summary>The tiny ONNX models in Fixtures/ and the outputs TorchSharp computed for them.</summary>
internal static class Fixtures
{
    private static readonly Lazy<Dictionary<string, float[]>> ExpectedValues = new(() =>
        JsonSerializer.Deserialize<Dictionary<string, float[]>>(File.ReadAllText(Path.Combine(Folder, "tiny-expected.json")))
        ?? throw new InvalidDataException("tiny-expected.json is empty."));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Observation => Path.Combine(Folder, "tiny-observation.onnx");

    public static string Execution => Path.Combine(Folder, "tiny-execution.onnx");

    public static float[] Expected(string name) => ExpectedValues.Value[name];

    public static void AssertClose(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, float tolerance = 1e-5f)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(MathF.Abs(expected[i] - actual[i]) <= tolerance, $"Value {i}: expected {expected[i]}, got {actual[i]} (tolerance {tolerance}).");
        }
    }

    /// <summary>A copy of <paramref name="bytes"/> in a temporary .onnx file that the caller deletes.</summary>
    public static string TemporaryModel(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"robomirror-test-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
