using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using RoboMirror.Controller.Policies;
using RoboMirror.Models.Inference;
using RoboMirror.Models.Training.Training;
using RoboMirror.Nodes.Session;
using RoboMirror.Perception.Datasets;
using RoboMirror.Ros;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// <c>robomirror eval</c>: with <c>--out</c>, the replay evaluation (every labelled interaction in the data
/// folder replayed through perception, mirror, controller and the simulated arm, once per policy, scored);
/// without it, the mirror metrics leave-one-pair-out, each beside its baseline.
/// </summary>
internal sealed class EvalCommand(IAnsiConsole console) : Command<EvalCommand.Settings>
{
    internal sealed class Settings : TrainSettings
    {
        [CommandOption("--json")]
        [Description("Leave-one-pair-out mode: writes the figures as JSON instead of a table. Default: a table.")]
        public bool Json { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Replay mode: replays every labelled interaction of --data through the whole stack for each policy and writes report.json, report.md, turns.csv, yield_probes.csv and per policy plots, events.csv and mirror_signals.csv here. Without it: the leave-one-pair-out mirror metrics.")]
        public string? Out { get; init; }

        [CommandOption("--policies <LIST>")]
        [Description("Replay mode: comma-separated timing policies to compare (mirror, reactive, oracle answer after the gesture; mirror-joint, reactive-joint, oracle-joint join it). Default: all six.")]
        public string? Policies { get; init; }

        [CommandOption("--leave-one-pair-out")]
        [Description("Replay mode: for each pair in --data, trains a model without that pair (with --seed, --epochs, --hop, --threads, --arm; into OUT/models/without_pair_N) and replays that pair's interactions with it, so that every figure is on people the model never saw. Needs every annotated file of the folder. Default: off (one model for all).")]
        public bool LeaveOnePairOut { get; init; }

        [CommandOption("--no-yield-probes")]
        [Description("Replay mode: skips the yield probes (each interaction replayed again with the partner resuming during the answer), for a faster run. Default: probe.")]
        public bool NoYieldProbes { get; init; }

        [CommandOption("--operating-curve")]
        [Description("Replay mode: after the main replays, replays every interaction of mirror and oracle once per TargetGap of --target-gaps and of reactive once per ReactiveHold of --reactive-holds (no yield probes; with --leave-one-pair-out, with the fold models already trained) and writes operating_curve.csv, operating_curve.png|svg and the operating_curve sections of report.json and report.md. Default: off.")]
        public bool OperatingCurve { get; init; }

        [CommandOption("--target-gaps <LIST>")]
        [Description("With --operating-curve: comma-separated TargetGap values in ms for mirror and oracle; write --target-gaps=-100,0,100 when the list starts with a minus sign. Default: -200 to 600 step 50.")]
        public string? TargetGaps { get; init; }

        [CommandOption("--reactive-holds <LIST>")]
        [Description("With --operating-curve: comma-separated ReactiveHold values in ms for reactive. Default: 0 to 1500 step 100.")]
        public string? ReactiveHolds { get; init; }

        [CommandOption("--model <FILE>")]
        [Description("Replay mode: the observation model (its card beside it gives the mirror figures). Default: models/mirror-observation.onnx in this folder or one above.")]
        public string? Model { get; init; }

        /// <summary>The policies to replay, in the order given; throws <see cref="ArgumentException"/> naming an unknown one and the valid ones.</summary>
        public IReadOnlyList<string> PolicyList()
        {
            var names = (Policies ?? string.Join(",", TimingPolicies.Names))
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var unknown = names.Where(n => !TimingPolicies.Names.Contains(n)).ToList();
            if (unknown.Count > 0 || names.Count == 0)
            {
                throw new ArgumentException($"--policies is '{Policies}': {(unknown.Count > 0 ? "unknown policy " + string.Join(", ", unknown.Select(u => $"'{u}'")) : "no policy")}; the valid ones are {string.Join(", ", TimingPolicies.Names)}.");
            }

            return names;
        }

        /// <summary>
        /// The operating curve's grids (null without <c>--operating-curve</c>); throws <see cref="ArgumentException"/> naming
        /// the option and its bad item.
        /// </summary>
        public EvalOperatingCurveOptions? CurveOptions() => !OperatingCurve ? null : new EvalOperatingCurveOptions(
            TargetGaps is null ? EvalOperatingCurveOptions.DefaultTargetGapsMs : EvalOperatingCurveOptions.ParseList("--target-gaps", EvalOperatingCurveOptions.TargetGap, TargetGaps),
            ReactiveHolds is null ? EvalOperatingCurveOptions.DefaultReactiveHoldsMs : EvalOperatingCurveOptions.ParseList("--reactive-holds", EvalOperatingCurveOptions.ReactiveHold, ReactiveHolds));

        private string? CurveProblem()
        {
            if (!OperatingCurve)
            {
                return TargetGaps is not null || ReactiveHolds is not null ? "--target-gaps and --reactive-holds set the operating curve's grids: give --operating-curve too." : null;
            }

            var policies = PolicyList();
            if (!policies.Any(EvalOperatingCurveOptions.Sweeps))
            {
                return $"--operating-curve sweeps mirror, reactive and oracle; --policies is '{Policies}', none of them.";
            }

            if (TargetGaps is not null && !policies.Any(p => EvalOperatingCurveOptions.Sweeps(p) && EvalOperatingCurveOptions.SettingOf(p) == EvalOperatingCurveOptions.TargetGap))
            {
                return $"--target-gaps sweeps mirror and oracle; --policies is '{Policies}', neither of them.";
            }

            if (ReactiveHolds is not null && !policies.Contains("reactive"))
            {
                return $"--reactive-holds sweeps reactive; --policies is '{Policies}', without it.";
            }

            _ = CurveOptions();
            return null;
        }

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (!result.Successful)
            {
                return result;
            }

            if (Out is null && (Policies is not null || Model is not null || LeaveOnePairOut || NoYieldProbes || OperatingCurve || TargetGaps is not null || ReactiveHolds is not null))
            {
                return ValidationResult.Error("--policies, --model, --leave-one-pair-out, --no-yield-probes and --operating-curve (with --target-gaps, --reactive-holds) belong to the replay evaluation: give --out DIR too (and --data DIR for the recordings).");
            }

            if (LeaveOnePairOut && Model is not null)
            {
                return ValidationResult.Error("--leave-one-pair-out trains a model per held-out pair; it does not take --model.");
            }

            if (Out is not null && Json)
            {
                return ValidationResult.Error("--json is for the leave-one-pair-out mode; the replay evaluation writes report.json into --out.");
            }

            if (Out is not null && Seed is < int.MinValue or > int.MaxValue)
            {
                return ValidationResult.Error($"--seed is {Seed}; the replay evaluation takes a 32-bit seed.");
            }

            try
            {
                PolicyList();
                return CurveProblem() is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();
            }
            catch (ArgumentException e)
            {
                return ValidationResult.Error(e.Message);
            }
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Out is not null)
        {
            return Replay(settings, cancellationToken);
        }

        var options = settings.ToOptions("robomirror eval", output: string.Empty, leaveOnePairOut: true);
        IReadOnlyList<Models.Training.Metrics.PairMetrics> metrics = [];
        if (settings.Json)
        {
            metrics = MirrorTrainingRun.Evaluate(options, cancellation: cancellationToken);
            console.WriteLine(JsonSerializer.Serialize(new { pairs = metrics, mean = PairMetricsSummary.Of(metrics) }, MirrorTrainingRun.CardJson));
            return 0;
        }

        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                metrics = MirrorTrainingRun.Evaluate(options, report => TrainingProgressView.Update(progress, tasks, report), cancellationToken);
            });
        EvalTable.Write(console, metrics);
        return 0;
    }

    private int Replay(Settings settings, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var reason = string.Empty;
        var data = settings.Data ?? RecordingsFolder.Find(out reason);
        if (data is null)
        {
            console.MarkupLineInterpolated($"[red]error:[/] no recordings folder ({reason}); pass --data DIR (the buetepage_hh_kinect folder or one holding it).");
            return 1;
        }

        var policies = settings.PolicyList();
        var curveOptions = settings.CurveOptions();
        var options = new EvalOptions(data, settings.Out!, policies, (int)settings.Seed, settings.Model, YieldProbes: !settings.NoYieldProbes);
        var training = $" --leave-one-pair-out --epochs {settings.Epochs.ToString(c)} --hop {settings.Hop.ToString(c)} --threads {settings.Threads.ToString(c)} --arm {settings.Arm}";
        var command = $"robomirror eval --data {data}{(settings.Model is null ? string.Empty : " --model " + settings.Model)}{(settings.LeaveOnePairOut ? training : string.Empty)} --out {settings.Out} --policies {string.Join(",", policies)} --seed {settings.Seed.ToString(c)}{(settings.NoYieldProbes ? " --no-yield-probes" : string.Empty)}{CurveArguments(settings, curveOptions)}";
        console.MarkupLineInterpolated($"[bold]robomirror eval[/]: replaying the labelled interactions in {data} with {string.Join(", ", policies)}, seed {settings.Seed.ToString(c)}, into {settings.Out}{(settings.LeaveOnePairOut ? ", each pair with a model trained without it" : string.Empty)}");
        EvalOutcome outcome;
        EvalOperatingCurve? curve = null;
        IReadOnlyList<EvalPolicyFigures> figures;
        Action<string>? progress = console.Profile.Capabilities.Interactive ? null : line => console.WriteLine(line);
        try
        {
            outcome = settings.LeaveOnePairOut
                ? EvalLeaveOnePairOut.Run(options, settings, line => console.WriteLine(line), progress, cancellationToken)
                : EvalRunner.Run(options, progress, cancellationToken);
            if (curveOptions is not null)
            {
                curve = EvalOperatingCurveRunner.Run(options, outcome, curveOptions, line => console.WriteLine(line), progress, cancellationToken);
            }

            figures = EvalReport.Write(options, outcome, command, curve);
        }
        catch (Exception e) when (e is EvalDataException or ModelFileException or RosException or DatasetFormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            if (e is ModelFileException)
            {
                console.MarkupLine("The mirror policy needs the trained model; train it with [bold]robomirror train[/], or leave mirror out of [bold]--policies[/].");
            }

            return 1;
        }

        foreach (var note in outcome.Notes)
        {
            console.MarkupLineInterpolated($"[yellow]note:[/] {note}");
        }

        var table = new Table().Title($"Replay of {outcome.Data.Interactions.Count.ToString(c)} interactions ({outcome.WallTime.TotalSeconds.ToString("F1", c)} s)");
        foreach (var column in new[] { "policy", "turns", "median gap", "p90 gap", "false starts", "missed", "onset error vs human (median)", "|onset error| (median)" })
        {
            table.AddColumn(column);
        }

        foreach (var f in figures)
        {
            var s = f.Summary;
            table.AddRow(f.Name, s.Turns.ToString(c), Ms(s.GapMsMedian), Ms(s.GapMsP90), s.FalseStartRate.ToString("P0", c), s.MissedRate.ToString("P0", c), Ms(s.OnsetErrorVsHumanMsMedian), Ms(s.AbsOnsetErrorVsHumanMsMedian));
        }

        console.Write(table);
        if (curve is not null)
        {
            console.WriteLine($"Operating curve: {curve.Points.Count.ToString(c)} points in {curve.WallTime.TotalSeconds.ToString("F1", c)} s. {EvalOperatingCurveReport.MatchedSentence(curve.Matched)}");
        }

        console.MarkupLineInterpolated($"Written: {Path.Combine(settings.Out!, EvalReport.Json)}, {EvalReport.Markdown}, {EvalReport.Csv}, and <policy>/gaps and timeline plots (PNG, SVG){(curve is null ? string.Empty : $", {EvalOperatingCurveReport.Csv} and {EvalOperatingCurveReport.Plot} (PNG, SVG)")}.");
        return 0;

        static string CurveArguments(Settings settings, EvalOperatingCurveOptions? curve)
        {
            if (curve is null)
            {
                return string.Empty;
            }

            // "--option=LIST": a list that starts with a minus sign would otherwise read as an option.
            static string List(IReadOnlyList<double> values) => "=" + string.Join(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
            return " --operating-curve"
                + (settings.TargetGaps is null ? string.Empty : " --target-gaps" + List(curve.TargetGapsMs))
                + (settings.ReactiveHolds is null ? string.Empty : " --reactive-holds" + List(curve.ReactiveHoldsMs));
        }

        static string Ms(double? v) => v is { } x ? x.ToString("F0", CultureInfo.InvariantCulture) + " ms" : "–";
    }
}
