using RoboMirror.Models.Training.Torch;

namespace RoboMirror.Models.Training.Tests;

/// <summary>Prepares libtorch once per test run (patch check, one thread).</summary>
internal static class TorchFixture
{
    private static readonly Lazy<string> Report = new(() => TorchRuntime.Initialize(threads: 1));

    public static string Ensure() => Report.Value;
}
