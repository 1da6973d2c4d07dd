using RoboMirror.Models.Contract;
using RoboMirror.Models.Features;

namespace RoboMirror.Models.Training.Network;

/// <summary>
/// The shape of the mirror network. Defaults in one place; <see cref="Validate"/> names every problem.
/// Both encoders share the window (frames at <see cref="FrameRateHz"/>) and the temporal-convolution trunk.
/// </summary>
public sealed record MirrorNetworkSettings
{
    /// <summary>Frames per window. Default 32 (1.6 s at 20 Hz).</summary>
    public int WindowFrames { get; init; } = 32;

    /// <summary>Rate of the window's frame grid, Hz. Default 20.</summary>
    public double FrameRateHz { get; init; } = 20;

    /// <summary>Features per observed frame. Fixed by <see cref="SkeletonFeatures"/>.</summary>
    public int FrameFeatures { get; init; } = SkeletonFeatures.Count;

    /// <summary>Joint commands per executed frame. Default 6 (a UR arm).</summary>
    public int JointCount { get; init; } = 6;

    /// <summary>Channels of each temporal convolution. Default 48.</summary>
    public int Channels { get; init; } = 48;

    /// <summary>Number of stride-2 temporal convolutions (each halves the time axis). Default 3.</summary>
    public int ConvolutionLayers { get; init; } = 3;

    /// <summary>Kernel width of each temporal convolution, odd. Default 5.</summary>
    public int KernelSize { get; init; } = 5;

    /// <summary>Width of the trunk's output. Default 128.</summary>
    public int Hidden { get; init; } = 128;

    /// <summary>Size of the shared latent space. Default 64.</summary>
    public int LatentSize { get; init; } = 64;

    /// <summary>Gesture labels in output order; the first is "none". Default: <see cref="GestureLabels.Default"/>.</summary>
    public IReadOnlyList<string> GestureLabels { get; init; } = Contract.GestureLabels.Default;

    /// <summary>Dropout on the trunk's output while training. Default 0.1.</summary>
    public double Dropout { get; init; } = 0.1;

    /// <summary>Length of the time axis after the convolutions.</summary>
    public int ConvolvedFrames
    {
        get
        {
            var frames = WindowFrames;
            for (var i = 0; i < ConvolutionLayers; i++)
            {
                frames = ((frames - 1) / 2) + 1;
            }

            return frames;
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid setting with its value and the reason.</summary>
    public MirrorNetworkSettings Validate()
    {
        var problems = new List<string>();
        Positive(problems, nameof(WindowFrames), WindowFrames);
        Positive(problems, nameof(FrameFeatures), FrameFeatures);
        Positive(problems, nameof(JointCount), JointCount);
        Positive(problems, nameof(Channels), Channels);
        Positive(problems, nameof(ConvolutionLayers), ConvolutionLayers);
        Positive(problems, nameof(Hidden), Hidden);
        Positive(problems, nameof(LatentSize), LatentSize);
        if (!(FrameRateHz > 0))
        {
            problems.Add($"FrameRateHz is {FrameRateHz}: it must be positive.");
        }

        if (KernelSize < 1 || KernelSize % 2 == 0)
        {
            problems.Add($"KernelSize is {KernelSize}: it must be odd and positive so that padding keeps frames centred.");
        }

        if (GestureLabels is null || GestureLabels.Count < 2 || GestureLabels[0] != Contract.GestureLabels.None)
        {
            problems.Add($"GestureLabels must start with '{Contract.GestureLabels.None}' and name at least one gesture.");
        }
        else if (GestureLabels.Any(l => string.IsNullOrWhiteSpace(l) || l.Contains(',', StringComparison.Ordinal)))
        {
            problems.Add("GestureLabels must be non-empty and free of commas.");
        }

        if (Dropout is < 0 or >= 1)
        {
            problems.Add($"Dropout is {Dropout}: it must be in [0, 1).");
        }

        return problems.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(MirrorNetworkSettings)}' are invalid. Validation errors: {string.Join(" ", problems)}");
    }

    private static void Positive(List<string> problems, string name, int value)
    {
        if (value < 1)
        {
            problems.Add($"{name} is {value}: it must be at least 1.");
        }
    }
}
