using RoboMirror.Hardware.Description;
using RoboMirror.Models.Training.Network;

namespace RoboMirror.Models.Training.Training;

/// <summary>What one `robomirror train` run reads, writes and how it trains.</summary>
public sealed record TrainingRunOptions
{
    /// <summary>The Bütepage dataset folder (<c>buetepage_hh_kinect</c>).</summary>
    public required string BuetepageFolder { get; init; }

    /// <summary>Where the ONNX model and its card go. Default <c>models</c>.</summary>
    public string OutputFolder { get; init; } = "models";

    /// <summary>Where per-epoch checkpoints of the final training go. Default <c>runs/checkpoints</c>.</summary>
    public string CheckpointFolder { get; init; } = Path.Combine("runs", "checkpoints");

    /// <summary>Run leave-one-pair-out evaluation before the final training. Default true.</summary>
    public bool LeaveOnePairOut { get; init; } = true;

    /// <summary>
    /// The robot arm the followers' arm motion is retargeted onto (RoboMirror.Hardware), giving the own motor
    /// commands that train the execution encoder with the InfoNCE loss. Null: observation side only.
    /// </summary>
    public ArmDescription? Arm { get; init; }

    /// <summary>The network's shape.</summary>
    public MirrorNetworkSettings Network { get; init; } = new();

    /// <summary>The training settings (seed included).</summary>
    public TrainingSettings Training { get; init; } = new();

    /// <summary>
    /// Pairs left out of training entirely (keys as in the data, e.g. <c>pair_2</c>): a model for evaluating on
    /// people it has never seen. With exactly one pair left out, the card's figures are that pair's, from the
    /// trained model itself. Default: none.
    /// </summary>
    public IReadOnlyList<string> LeaveOut { get; init; } = [];

    /// <summary>The command line that started the run, for the card.</summary>
    public string Command { get; init; } = "robomirror train";
}
