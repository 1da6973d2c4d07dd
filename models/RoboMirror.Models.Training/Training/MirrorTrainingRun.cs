using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Metrics;
using RoboMirror.Models.Training.Onnx;
using RoboMirror.Models.Training.Torch;
using RoboMirror.Perception.Datasets.Buetepage;

namespace RoboMirror.Models.Training.Training;

/// <summary>
/// What `robomirror train` and `robomirror eval` do: read the Bütepage recordings, evaluate leave-one-pair-out,
/// train the final network on every pair, write it as ONNX and write its model card next to it.
/// </summary>
public static class MirrorTrainingRun
{
    /// <summary>File name of the observation model.</summary>
    public const string ObservationFile = "mirror-observation.onnx";

    /// <summary>File name of the execution model (written only when an arm was given).</summary>
    public const string ExecutionFile = "mirror-execution.onnx";

    /// <summary>File name of the model card.</summary>
    public const string CardFile = "mirror-observation.card.json";

    /// <summary>How the card is written.</summary>
    public static JsonSerializerOptions CardJson { get; } = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Evaluates leave-one-pair-out, trains on all pairs, writes the model and its card; returns the card.</summary>
    public static ModelCard Train(TrainingRunOptions options, Action<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options = WithArmJoints(options);
        options.Network.Validate();
        options.Training.Validate();
        TorchRuntime.Initialize(options.Training.Threads);
        var stopwatch = Stopwatch.StartNew();
        var all = MirrorDataset.Load(options.BuetepageFolder, options.Network.FrameRateHz, options.Network.GestureLabels, options.Arm);
        var unknown = options.LeaveOut.Except(Pairs(all), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Cannot leave out {string.Join(", ", unknown)}: the data in {options.BuetepageFolder} hold {string.Join(", ", Pairs(all))}.", nameof(options));
        }

        var grids = all.Where(g => !options.LeaveOut.Contains(g.PairKey, StringComparer.Ordinal)).ToList();
        var pairs = Pairs(grids);
        if (pairs.Count == 0)
        {
            throw new ArgumentException($"Leaving out {string.Join(", ", options.LeaveOut)} leaves nothing to train on.", nameof(options));
        }

        var heldOut = options.LeaveOut.Count == 1 ? all.Where(g => g.PairKey == options.LeaveOut[0]).ToList() : [];
        // With one pair left out, the model's own figures on that pair are the evaluation: no folds are trained.
        var folds = options.LeaveOnePairOut && heldOut.Count == 0;
        var stages = (folds ? pairs.Count : 0) + 1;
        var metrics = folds ? Evaluate(grids, pairs, options, stages, progress, cancellation) : [];

        var windows = WindowSet.Build(grids, options.Network.WindowFrames, options.Training.HopFrames);
        using var network = MirrorTrainer.Train(
            windows,
            validation: null,
            options.Network,
            options.Training,
            report => progress?.Invoke(new TrainingProgress("final (all pairs)", stages, stages, report)),
            options.CheckpointFolder,
            cancellation);
        if (heldOut.Count > 0)
        {
            // The model's own figures on the pair it never saw (what a leave-one-pair-out fold reports).
            metrics = [MirrorEvaluator.Evaluate(options.LeaveOut[0], network, WindowSet.Build(heldOut, options.Network.WindowFrames, hop: 1), windows)];
        }

        var modelPath = Path.Combine(options.OutputFolder, ObservationFile);
        var version = typeof(MirrorTrainingRun).Assembly.GetName().Version?.ToString() ?? "0";
        MirrorOnnxWriter.Save(MirrorOnnxWriter.Observation(network, version), modelPath);
        string? executionModel = null;
        if (options.Arm is not null)
        {
            MirrorOnnxWriter.Save(MirrorOnnxWriter.Execution(network, version), Path.Combine(options.OutputFolder, ExecutionFile));
            executionModel = ExecutionFile;
        }

        var card = new ModelCard
        {
            Model = ObservationFile,
            ExecutionModel = executionModel,
            Arm = options.Arm?.Model,
            ModelSha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(modelPath))),
            ModelBytes = new FileInfo(modelPath).Length,
            CreatedUtc = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            Commit = SourceCommit.Find(Directory.GetCurrentDirectory()),
            Trainer = TorchRuntime.Initialize(options.Training.Threads),
            Command = options.Command,
            Data = new ModelCardData(
                BuetepageReader.DatasetName,
                options.BuetepageFolder,
                grids.Count,
                pairs,
                windows.Count,
                options.Network.FrameRateHz,
                "leader of each interaction (the partner the robot observes)",
                $"left/right mirror p={options.Training.MirrorProbability}, one-arm drop p={options.Training.ArmDropProbability}, amplitude scale 1±{options.Training.ScaleJitter}, position noise σ={options.Training.PositionNoise} shoulder widths"),
            Network = options.Network,
            Parameters = network.ParameterCount(),
            Training = options.Training,
            TrainingSeconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 1),
            Evaluation = heldOut.Count > 0
                ? $"held out: the figures are for {options.LeaveOut[0]}, whose interactions this model was not trained on, beside a baseline fitted on the training pairs only"
                : "leave-one-pair-out: each figure is for a pair whose interactions were not trained on, beside a baseline fitted on the training pairs only",
            LeaveOnePairOut = metrics,
            Mean = PairMetricsSummary.Of(metrics),
            Limitations =
            [
                options.Arm is null
                    ? "Trained without an arm: the execution encoder is not trained and not written, and Recall@1 and the mirror index are not computed."
                    : $"Own motor commands are the followers' arm motion retargeted onto the {options.Arm.Model} by RoboMirror.Hardware (hand path relative to the shoulder, position-only IK).",
                "Four pairs of people only (Bütepage pairs 1-4); leave-one-pair-out figures vary a lot between pairs.",
                "Gesture accuracy is the argmax over the four gestures ('none' excluded) at the stated fraction of the gesture.",
            ],
        };
        File.WriteAllText(Path.Combine(options.OutputFolder, CardFile), JsonSerializer.Serialize(card, CardJson));
        return card;
    }

    /// <summary>Leave-one-pair-out only (what `robomirror eval` reports).</summary>
    public static IReadOnlyList<PairMetrics> Evaluate(TrainingRunOptions options, Action<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options = WithArmJoints(options);
        options.Network.Validate();
        options.Training.Validate();
        TorchRuntime.Initialize(options.Training.Threads);
        var grids = MirrorDataset.Load(options.BuetepageFolder, options.Network.FrameRateHz, options.Network.GestureLabels, options.Arm);
        var pairs = Pairs(grids);
        return Evaluate(grids, pairs, options, pairs.Count, progress, cancellation);
    }

    private static IReadOnlyList<PairMetrics> Evaluate(
        IReadOnlyList<InteractionGrid> grids, IReadOnlyList<string> pairs, TrainingRunOptions options, int stages, Action<TrainingProgress>? progress, CancellationToken cancellation) =>
        LeaveOnePairOut.Run(
            grids,
            options.Network,
            options.Training,
            (pair, report) => progress?.Invoke(new TrainingProgress($"held out {pair}", pairs.ToList().IndexOf(pair) + 1, stages, report)),
            cancellation);

    private static TrainingRunOptions WithArmJoints(TrainingRunOptions options) =>
        options.Arm is null ? options : options with { Network = options.Network with { JointCount = options.Arm.JointCount } };

    private static List<string> Pairs(IReadOnlyList<InteractionGrid> grids) =>
        grids.Select(g => g.PairKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
