namespace RoboMirror.Models.Training.Training;

/// <summary>How the mirror network is trained. Defaults in one place, seeded; <see cref="Validate"/> names every problem.</summary>
public sealed record TrainingSettings
{
    /// <summary>Seed of the initial weights, the batch order and the augmentation. Default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Passes over the training windows. Default 20.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Windows per optimisation step. Default 64.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>AdamW learning rate. Default 2e-3.</summary>
    public double LearningRate { get; init; } = 2e-3;

    /// <summary>AdamW weight decay. Default 1e-4.</summary>
    public double WeightDecay { get; init; } = 1e-4;

    /// <summary>Temperature of the symmetric InfoNCE loss. Default 0.1 (Zhu et al. 2025).</summary>
    public double Temperature { get; init; } = 0.1;

    /// <summary>Grid frames between consecutive training windows. Default 1 (every frame).</summary>
    public int HopFrames { get; init; } = 1;

    /// <summary>Augmentation: std of Gaussian noise added to joint positions, in shoulder widths. Default 0.02.</summary>
    public double PositionNoise { get; init; } = 0.02;

    /// <summary>Augmentation: per-window amplitude scale drawn from 1 ± this. Default 0.1.</summary>
    public double ScaleJitter { get; init; } = 0.1;

    /// <summary>Augmentation: probability of mirroring a window left/right. Default 0.5.</summary>
    public double MirrorProbability { get; init; } = 0.5;

    /// <summary>Augmentation: probability of dropping one arm (elbow and hand untracked). Default 0.2.</summary>
    public double ArmDropProbability { get; init; } = 0.2;

    /// <summary>Weight of the gesture cross-entropy. Default 1.</summary>
    public double GestureWeight { get; init; } = 1;

    /// <summary>Weight of the activity-projection binary cross-entropy. Default 1.</summary>
    public double ActivityWeight { get; init; } = 1;

    /// <summary>Weight of the InfoNCE loss (used only with own joint commands). Default 1.</summary>
    public double ContrastiveWeight { get; init; } = 1;

    /// <summary>libtorch threads. Default 2.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid setting with its value and the reason.</summary>
    public TrainingSettings Validate()
    {
        var problems = new List<string>();
        if (Epochs < 1)
        {
            problems.Add($"Epochs is {Epochs}: it must be at least 1.");
        }

        if (BatchSize < 2)
        {
            problems.Add($"BatchSize is {BatchSize}: it must be at least 2.");
        }

        if (!(LearningRate > 0))
        {
            problems.Add($"LearningRate is {LearningRate}: it must be positive.");
        }

        if (WeightDecay < 0)
        {
            problems.Add($"WeightDecay is {WeightDecay}: it must not be negative.");
        }

        if (!(Temperature > 0))
        {
            problems.Add($"Temperature is {Temperature}: it must be positive.");
        }

        if (HopFrames < 1)
        {
            problems.Add($"HopFrames is {HopFrames}: it must be at least 1.");
        }

        if (PositionNoise < 0 || ScaleJitter is < 0 or >= 1)
        {
            problems.Add($"PositionNoise ({PositionNoise}) must not be negative and ScaleJitter ({ScaleJitter}) must be in [0, 1).");
        }

        if (MirrorProbability is < 0 or > 1 || ArmDropProbability is < 0 or > 1)
        {
            problems.Add($"MirrorProbability ({MirrorProbability}) and ArmDropProbability ({ArmDropProbability}) must be in [0, 1].");
        }

        if (GestureWeight < 0 || ActivityWeight < 0 || ContrastiveWeight < 0)
        {
            problems.Add("Loss weights must not be negative.");
        }

        if (Threads < 1)
        {
            problems.Add($"Threads is {Threads}: it must be at least 1.");
        }

        return problems.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(TrainingSettings)}' are invalid. Validation errors: {string.Join(" ", problems)}");
    }
}
