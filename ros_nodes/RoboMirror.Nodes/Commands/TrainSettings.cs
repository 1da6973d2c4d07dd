using System.ComponentModel;
using RoboMirror.Hardware.Description;
using RoboMirror.Models.Training.Network;
using RoboMirror.Models.Training.Training;
using RoboMirror.Perception.Datasets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>Options shared by <c>robomirror train</c> and <c>robomirror eval</c>.</summary>
internal class TrainSettings : CommandSettings
{
    [CommandOption("--data <FOLDER>")]
    [Description("The recordings folder (holding buetepage_hh_kinect/). Default: $ROBOMIRROR_DATA, else a shared/data folder beside this clone.")]
    public string? Data { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the initial weights, batch order and augmentation. Default: 1.")]
    [DefaultValue(1L)]
    public long Seed { get; init; } = 1;

    [CommandOption("--epochs <N>")]
    [Description("Passes over the training windows, per fold and for the final model. Default: 30.")]
    [DefaultValue(30)]
    public int Epochs { get; init; } = 30;

    [CommandOption("--hop <FRAMES>")]
    [Description("Grid frames between training windows (1 = every frame at 20 Hz). Default: 2.")]
    [DefaultValue(2)]
    public int Hop { get; init; } = 2;

    [CommandOption("--threads <N>")]
    [Description("libtorch threads. Default: 2.")]
    [DefaultValue(2)]
    public int Threads { get; init; } = 2;

    [CommandOption("--arm <NAME>")]
    [Description("Robot arm the followers' arm motion is retargeted onto, giving the own motor commands for the execution encoder: ur5e, fr3, or none (observation side only). Default: ur5e.")]
    [DefaultValue("ur5e")]
    public string Arm { get; init; } = "ur5e";

    [CommandOption("--temperature <TAU>")]
    [Description("Temperature of the symmetric InfoNCE loss. Default: 0.1.")]
    [DefaultValue(0.1)]
    public double Temperature { get; init; } = 0.1;

    /// <summary>The run options these settings describe; throws naming the problem when no recordings are found.</summary>
    /// <remarks><paramref name="buetepageFolder"/>: the dataset folder when the caller has found it already (else from --data).</remarks>
    public TrainingRunOptions ToOptions(string command, string output, bool leaveOnePairOut, IReadOnlyList<string>? leaveOut = null, string? buetepageFolder = null)
    {
        var buetepage = buetepageFolder ?? FindBuetepage();

        return new TrainingRunOptions
        {
            BuetepageFolder = buetepage,
            OutputFolder = output,
            LeaveOnePairOut = leaveOnePairOut,
            LeaveOut = leaveOut ?? [],
            Arm = string.Equals(Arm, "none", StringComparison.OrdinalIgnoreCase) ? null : ArmModels.ByName[Arm],
            Command = command,
            Network = new MirrorNetworkSettings { Dropout = 0.3 },
            Training = new TrainingSettings
            {
                Seed = Seed,
                Epochs = Epochs,
                HopFrames = Hop,
                Threads = Threads,
                Temperature = Temperature,
                WeightDecay = 1e-3,
            },
        };
    }

    private string FindBuetepage()
    {
        var root = Data ?? RecordingsFolder.Find(out var reason)
            ?? throw new DirectoryNotFoundException($"No recordings folder: {reason}. Pass --data or set {RecordingsFolder.Variable}.");
        var buetepage = Path.Combine(root, "buetepage_hh_kinect");
        return Directory.Exists(buetepage) ? buetepage : throw new DirectoryNotFoundException($"'{root}' has no buetepage_hh_kinect folder.");
    }

    /// <summary>A pair as given on the command line (<c>2</c> or <c>pair_2</c>) as the data name it (<c>pair_2</c>), or null when it is neither.</summary>
    public static string? PairKey(string text)
    {
        var digits = text.StartsWith("pair_", StringComparison.Ordinal) ? text[5..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? $"pair_{int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)}" : null;
    }

    public override ValidationResult Validate()
    {
        if (Epochs < 1 || Hop < 1 || Threads < 1 || !(Temperature > 0))
        {
            return ValidationResult.Error($"--epochs ({Epochs}), --hop ({Hop}) and --threads ({Threads}) must be at least 1 and --temperature ({Temperature}) positive.");
        }

        if (!string.Equals(Arm, "none", StringComparison.OrdinalIgnoreCase) && !ArmModels.ByName.ContainsKey(Arm))
        {
            return ValidationResult.Error($"--arm is '{Arm}': use one of {string.Join(", ", ArmModels.ByName.Keys)} or none.");
        }

        return ValidationResult.Success();
    }
}
