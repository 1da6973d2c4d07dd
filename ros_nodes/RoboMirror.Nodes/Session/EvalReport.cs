using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoboMirror.Controller.Evaluation;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Session;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// Writes the evaluation folder: <c>report.json</c>, <c>report.md</c>, <c>turns.csv</c>, and per policy
/// <c>&lt;policy&gt;/gaps.png|svg</c> and <c>&lt;policy&gt;/timeline.png|svg</c> (the sim's plots, the
/// interactions' sessions laid end to end); with an operating curve, its files and sections too
/// (<see cref="EvalOperatingCurveReport"/>).
/// </summary>
internal static class EvalReport
{
    public const string Json = "report.json";
    public const string Markdown = "report.md";
    public const string Csv = "turns.csv";

    public const string ProbesCsv = "yield_probes.csv";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IReadOnlyList<EvalPolicyFigures> Write(EvalOptions options, EvalOutcome outcome, string command, EvalOperatingCurve? curve = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outcome);
        Directory.CreateDirectory(options.OutputFolder);
        var figures = options.Policies.Select(p => EvalPolicyFigures.Of(p, outcome.Turns.Where(t => t.Policy == p).ToList())).ToList();
        var mirror = outcome.FoldModels is { } folds ? MirrorFigures.FromFoldCards(folds) : MirrorFigures.FromCard(outcome.ModelPath);
        File.WriteAllText(Path.Combine(options.OutputFolder, Json), JsonText(options, outcome, figures, mirror, command, curve));
        File.WriteAllText(Path.Combine(options.OutputFolder, Markdown), MarkdownText(options, outcome, figures, mirror, command, curve));
        if (curve is not null)
        {
            EvalOperatingCurveReport.Write(options.OutputFolder, curve);
        }

        File.WriteAllText(Path.Combine(options.OutputFolder, Csv), CsvText(outcome));
        if (outcome.Probes is { } probes)
        {
            File.WriteAllText(Path.Combine(options.OutputFolder, ProbesCsv), ProbesCsvText(probes));
        }

        foreach (var policy in options.Policies)
        {
            var folder = Path.Combine(options.OutputFolder, policy);
            Directory.CreateDirectory(folder);
            var turns = outcome.Turns.Where(t => t.Policy == policy).ToList();
            SessionPlots.Write(folder, EndToEnd(policy, options.Seed, turns));
            EvalTrace.Write(folder, turns);
        }

        return figures;
    }

    /// <summary>The policy's sessions laid end to end on one clock, for the sim's plots.</summary>
    private static SessionReport EndToEnd(string policy, int seed, IReadOnlyList<EvalTurn> turns)
    {
        var offset = TimeSpan.Zero;
        var scored = new List<ScoredTurn>();
        var partner = new List<ActivityInterval>();
        var robot = new List<ActivityInterval>();
        foreach (var turn in turns)
        {
            var s = turn.Scored;
            scored.Add(s with
            {
                Partner = s.Partner with { Index = scored.Count, Start = s.Partner.Start + offset, End = s.Partner.End + offset },
                RobotOnset = s.RobotOnset + offset,
                Outcome = turn.Outcome,
            });
            partner.AddRange(turn.Report.PartnerActivity.Select(a => new ActivityInterval(a.Start + offset, a.End + offset)));
            robot.AddRange(turn.Report.RobotActivity.Select(a => new ActivityInterval(a.Start + offset, a.End + offset)));
            offset += turn.Report.Info.End;
        }

        var outcomes = scored.Select(t => t.Outcome).ToList();
        return new SessionReport(
            new SessionInfo(policy, seed, "recordings", TimeSpan.Zero, offset),
            scored,
            PolicySummary.From(policy, outcomes),
            outcomes.Count(o => o.Kind == TurnOutcomeKind.Answered),
            outcomes.Count(o => o.Kind == TurnOutcomeKind.FalseStart),
            outcomes.Count(o => o.Kind == TurnOutcomeKind.Missed),
            turns.Sum(t => t.Report.Yields),
            null,
            partner,
            robot);
    }

    private static string JsonText(EvalOptions options, EvalOutcome outcome, IReadOnlyList<EvalPolicyFigures> figures, MirrorFigures mirror, string command, EvalOperatingCurve? curve)
    {
        var policies = new JsonArray();
        foreach (var f in figures)
        {
            var s = f.Summary;
            policies.Add(new JsonObject
            {
                ["name"] = f.Name,
                ["turns"] = s.Turns,
                ["gap_ms_median"] = s.GapMsMedian,
                ["gap_ms_p25"] = s.GapMsP25,
                ["gap_ms_p75"] = s.GapMsP75,
                ["gap_ms_p90"] = s.GapMsP90,
                ["false_start_rate"] = s.FalseStartRate,
                ["missed_rate"] = s.MissedRate,
                ["answered"] = f.Answered,
                ["false_starts"] = f.FalseStarts,
                ["missed"] = f.Missed,
                ["yields"] = f.Yields,
                ["onset_error_vs_human_ms_median"] = s.OnsetErrorVsHumanMsMedian,
                ["onset_error_vs_human_ms_p25"] = f.OnsetErrorP25,
                ["onset_error_vs_human_ms_p75"] = f.OnsetErrorP75,
                ["onset_error_vs_human_ms_p90"] = f.OnsetErrorP90,
                ["abs_onset_error_vs_human_ms_median"] = s.AbsOnsetErrorVsHumanMsMedian,
                ["fluency"] = new JsonObject
                {
                    ["human_idle"] = f.HumanIdle,
                    ["robot_idle"] = f.RobotIdle,
                    ["concurrent_activity"] = f.ConcurrentActivity,
                    ["functional_delay_ms"] = f.FunctionalDelayMs,
                },
                ["yield"] = YieldJson(outcome, f.Name),
            });
        }

        var root = new JsonObject
        {
            ["command"] = command,
            ["data"] = outcome.Data.Folder,
            ["interactions"] = outcome.Data.Interactions.Count,
            ["pairs"] = new JsonArray([.. outcome.Data.Interactions.Where(i => i.IsTrainingData).Select(i => i.Pair).Distinct().Order().Select(p => (JsonNode?)JsonValue.Create($"pair_{p}"))]),
            ["datasets"] = new JsonObject([.. outcome.Data.Interactions.GroupBy(i => i.Dataset).Select(g => new KeyValuePair<string, JsonNode?>(g.Key, g.Count()))]),
            ["seed"] = options.Seed,
            ["model"] = outcome.ModelPath,
            ["mirror_node_ran"] = outcome.MirrorRan,
            ["answers"] = outcome.Data.Answers.Source,
            ["definitions"] = new JsonObject
            {
                ["gap_ms"] = "robot motion onset - labelled end of the leader's movement (Bütepage stop frame); quantiles over turns with an onset within the 2 s answer window",
                ["onset_error_vs_human_ms"] = "robot motion onset - the human follower's onset: the start of the first ActivitySegmenter segment (default options) on the follower's own stream that is still active at or begins after the interaction's annotated start frame (it may precede that frame: a follower is often already moving when the interaction is annotated to begin)",
                ["joint_floor"] = "per dataset: follower onset - leader onset (each the start of the first ActivitySegmenter segment still active at or after the annotated start, on that person's whole stream); the median |onset error| of a policy moving a constant lag after the leader's exact onset, with the best lag on a 10 ms grid chosen in hindsight",
                ["fluency"] = "Hoffman's measures per replayed session (clip start 1.5 s into the session, to its end), averaged over the interactions",
            },
            ["policies"] = policies,
            ["by_dataset"] = ByDataset(options, outcome),
            ["operating_curve"] = curve is null ? null : EvalOperatingCurveReport.Json(curve),
            ["joint_floor"] = new JsonArray([.. EvalJointFloor.Of(outcome.Data.Interactions).Select(f => (JsonNode?)new JsonObject
            {
                ["dataset"] = f.Dataset,
                ["interactions"] = f.Interactions,
                ["follower_first"] = f.FollowerFirst,
                ["follower_minus_leader_onset_ms_median"] = f.LagMsMedian,
                ["best_constant_lag_ms"] = f.BestLagMs,
                ["abs_onset_error_ms_median_at_best_lag"] = f.AbsErrorMsMedianAtBestLag,
            })]),
            ["mirror"] = new JsonObject
            {
                ["source"] = mirror.Source,
                ["recall_at_1"] = mirror.RecallAt1,
                ["gesture_accuracy_at_50pct"] = mirror.GestureAccuracyAt50Pct,
                ["tte_error_ms_median"] = mirror.TimeToEndErrorMsMedian,
                ["note"] = mirror.Note,
            },
            ["notes"] = new JsonArray([.. outcome.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]),
        };
        return root.ToJsonString(Indented) + "\n";
    }

    /// <summary>With more than one dataset, each dataset's figures per policy (the main list is over all of them).</summary>
    private static JsonArray? ByDataset(EvalOptions options, EvalOutcome outcome)
    {
        var datasets = outcome.Data.Interactions.Select(i => i.Dataset).Distinct().ToList();
        if (datasets.Count < 2)
        {
            return null;
        }

        var result = new JsonArray();
        foreach (var dataset in datasets)
        {
            var policies = new JsonArray();
            foreach (var policy in options.Policies)
            {
                var s = EvalPolicyFigures.Of(policy, [.. outcome.Turns.Where(t => t.Policy == policy && t.Interaction.Dataset == dataset)]).Summary;
                policies.Add(new JsonObject
                {
                    ["name"] = policy,
                    ["turns"] = s.Turns,
                    ["gap_ms_median"] = s.GapMsMedian,
                    ["gap_ms_p90"] = s.GapMsP90,
                    ["false_start_rate"] = s.FalseStartRate,
                    ["missed_rate"] = s.MissedRate,
                    ["onset_error_vs_human_ms_median"] = s.OnsetErrorVsHumanMsMedian,
                    ["abs_onset_error_vs_human_ms_median"] = s.AbsOnsetErrorVsHumanMsMedian,
                });
            }

            result.Add(new JsonObject { ["dataset"] = dataset, ["policies"] = policies });
        }

        return result;
    }

    private static JsonObject? YieldJson(EvalOutcome outcome, string policy)
    {
        if (outcome.Probes is not { } probes || TimingPolicies.IsJoint(policy))
        {
            return null;
        }

        var y = EvalYieldFigures.Of([.. probes.Where(p => p.Policy == policy)]);
        return new JsonObject
        {
            ["probes"] = y.Probes,
            ["robot_busy_at_resume"] = y.RobotBusy,
            ["yielded"] = y.Yielded,
            ["answer_ended_first"] = y.AnswerEndedFirst,
            ["not_seen_resuming"] = y.RobotBusy - y.Yielded - y.AnswerEndedFirst,
            ["yield_latency_ms_median"] = y.LatencyMsMedian,
            ["yield_latency_ms_p90"] = y.LatencyMsP90,
            ["yield_latency_ms_max"] = y.LatencyMsMax,
            ["resume_detection_ms_median"] = y.DetectionMsMedian,
        };
    }

    private static string MarkdownText(EvalOptions options, EvalOutcome outcome, IReadOnlyList<EvalPolicyFigures> figures, MirrorFigures mirror, string command, EvalOperatingCurve? curve)
    {
        var md = new StringBuilder();
        md.Append(C, $"# Replay evaluation\n\n`{command}`: {outcome.Data.Interactions.Count} labelled interactions from `{outcome.Data.Folder}`, seed {options.Seed}, model `{outcome.ModelPath}`{(outcome.MirrorRan ? string.Empty : " (not loaded)")}.\n\n");
        md.Append("Gap = robot motion onset − labelled end of the leader's movement; onset error = robot onset − the human follower's onset (the start of the follower's first segmenter segment still active at or after the annotated start frame). Milliseconds; IQR = p25–p75. Every interaction is scored both ways; the alternating policies (mirror, reactive, oracle) are meant to be read by their gaps, the joint ones (`-joint`) by their onset error.\n\n");
        md.Append("| policy | turns | gap median | gap IQR | gap p90 | onset error median | onset error IQR | onset error p90 | \\|onset error\\| median | false starts | missed | yields |\n");
        md.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var f in figures)
        {
            var s = f.Summary;
            md.Append(C, $"| {f.Name} | {s.Turns} | {Ms(s.GapMsMedian)} | {Ms(s.GapMsP25)} – {Ms(s.GapMsP75)} | {Ms(s.GapMsP90)} | {Ms(s.OnsetErrorVsHumanMsMedian)} | {Ms(f.OnsetErrorP25)} – {Ms(f.OnsetErrorP75)} | {Ms(f.OnsetErrorP90)} | {Ms(s.AbsOnsetErrorVsHumanMsMedian)} | {Rate(s.FalseStartRate)} | {Rate(s.MissedRate)} | {f.Yields} |\n");
        }

        md.Append("\nThe yields in the table are the controller's own: the partner still looked active (segmenter on) resume_grace after the predicted end, e.g. the leader's hands moving after the annotated stop.\n\n");
        foreach (var floor in EvalJointFloor.Of(outcome.Data.Interactions))
        {
            md.Append(C, $"Joint floor ({floor.Dataset}, {floor.Interactions} interactions with both onsets): the human follower starts a median {Ms(floor.LagMsMedian)} after the leader (both onsets by the same segmenter rule on each person's whole stream; {floor.FollowerFirst} followers start first). A policy that knew the leader's onset exactly and moved a constant lag after it would at best, with the lag chosen in hindsight ({Ms(floor.BestLagMs)}), have a median \\|onset error\\| of {Ms(floor.AbsErrorMsMedianAtBestLag)}.\n\n");
        }

        if (outcome.Probes is { } probes)
        {
            md.Append(C, $"Yield probes: each interaction replayed once more per policy, the partner playing its clip again {EvalRunner.ProbeResumeDelay.TotalMilliseconds:F0} ms after it first saw the robot move. Yield latency = the arm at rest (`yield_completed`, the arm state's stamp) − the labelled start of the resumed movement; detection = the controller's `partner_resumed` − the same start. Only probes in which the robot was still answering when the partner resumed count; \"not seen resuming\": the controller did not take the partner to resume within {EvalRunner.ProbeWindow.TotalSeconds:F0} s of the movement's start while the robot went on answering.\n\n");
            md.Append("The joint policies are not probed: their partner is meant to go on moving while the robot joins.\n\n");
            md.Append("| policy | probes | robot still answering | yielded | answer ended first | not seen resuming | yield latency median | p90 | max | detection median |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            foreach (var f in figures.Where(f => !TimingPolicies.IsJoint(f.Name)))
            {
                var y = EvalYieldFigures.Of([.. probes.Where(p => p.Policy == f.Name)]);
                md.Append(C, $"| {f.Name} | {y.Probes} | {y.RobotBusy} | {y.Yielded} | {y.AnswerEndedFirst} | {y.RobotBusy - y.Yielded - y.AnswerEndedFirst} | {Ms(y.LatencyMsMedian)} | {Ms(y.LatencyMsP90)} | {Ms(y.LatencyMsMax)} | {Ms(y.DetectionMsMedian)} |\n");
            }

            md.Append('\n');
        }

        var datasets = outcome.Data.Interactions.Select(i => i.Dataset).Distinct().ToList();
        if (datasets.Count > 1)
        {
            md.Append("By dataset (the table above is over all of them):\n\n| dataset | policy | turns | gap median | gap p90 | false starts | missed | \\|onset error\\| median |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            foreach (var dataset in datasets)
            {
                foreach (var policy in options.Policies)
                {
                    var s = EvalPolicyFigures.Of(policy, [.. outcome.Turns.Where(t => t.Policy == policy && t.Interaction.Dataset == dataset)]).Summary;
                    md.Append(C, $"| {dataset} | {policy} | {s.Turns} | {Ms(s.GapMsMedian)} | {Ms(s.GapMsP90)} | {Rate(s.FalseStartRate)} | {Rate(s.MissedRate)} | {Ms(s.AbsOnsetErrorVsHumanMsMedian)} |\n");
                }
            }

            md.Append('\n');
        }

        md.Append("Hoffman's fluency measures, per replayed session, averaged over the interactions:\n\n");
        md.Append("| policy | human idle | robot idle | concurrent activity | functional delay |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var f in figures)
        {
            md.Append(C, $"| {f.Name} | {Fraction(f.HumanIdle)} | {Fraction(f.RobotIdle)} | {Fraction(f.ConcurrentActivity)} | {Ms(f.FunctionalDelayMs)} |\n");
        }

        md.Append(C, $"\nMirror network ({mirror.Source}): Recall@1 {Fraction(mirror.RecallAt1)}, gesture accuracy at 50 % seen {Fraction(mirror.GestureAccuracyAt50Pct)}, time-to-end median error {Ms(mirror.TimeToEndErrorMsMedian)}.{(mirror.Note is null ? string.Empty : " " + mirror.Note)}\n");
        if (outcome.Notes.Count > 0)
        {
            md.Append("\nNotes:\n\n");
            foreach (var note in outcome.Notes)
            {
                md.Append("- ").Append(note).Append('\n');
            }
        }

        md.Append("\nPlots: `<policy>/gaps.png|svg` (gap distribution) and `<policy>/timeline.png|svg` (the sessions end to end).\n");
        if (curve is not null)
        {
            EvalOperatingCurveReport.AppendMarkdown(md, curve);
        }

        return md.ToString();
    }

    private static string CsvText(EvalOutcome outcome)
    {
        var csv = new StringBuilder("policy,interaction,gesture,pair,partner_start_s,partner_end_s,robot_onset_s,outcome,gap_ms,follower_onset_s,onset_error_vs_human_ms,yields,dataset,person\n");
        foreach (var t in outcome.Turns)
        {
            var s = t.Scored;
            csv.Append(C, $"{t.Policy},{t.Interaction.Name},{s.Partner.Gesture},{t.Interaction.Pair},{Seconds(s.Partner.Start)},{Seconds(s.Partner.End)},{Seconds(s.RobotOnset)},{Outcome(t.Outcome.Kind)},{Number(t.Outcome.GapMs)},{Seconds(t.FollowerOnset)},{Number(t.Outcome.OnsetErrorVsHumanMs)},{t.Report.Yields},{t.Interaction.Dataset},{t.Interaction.Person}\n");
        }

        return csv.ToString();
    }

    private static string ProbesCsvText(IReadOnlyList<EvalYieldProbe> probes)
    {
        var csv = new StringBuilder("policy,interaction,resumed_start_s,robot_busy_at_resume,resume_detected_s,robot_at_rest_s,detection_ms,yield_latency_ms\n");
        foreach (var p in probes)
        {
            csv.Append(C, $"{p.Policy},{p.Interaction.Name},{Seconds(p.ResumedStart)},{(p.RobotBusyAtResume ? "true" : "false")},{Seconds(p.ResumeDetected)},{Seconds(p.RobotAtRest)},{Number(p.DetectionLatencyMs)},{Number(p.YieldLatencyMs)}\n");
        }

        return csv.ToString();
    }

    private static string Outcome(TurnOutcomeKind kind) => kind switch
    {
        TurnOutcomeKind.Answered => "answered",
        TurnOutcomeKind.FalseStart => "false_start",
        _ => "missed",
    };

    private static string Seconds(TimeSpan? t) => t is { } v ? v.TotalSeconds.ToString("F3", C) : string.Empty;

    private static string Number(double? v) => v is { } x ? x.ToString("F1", C) : string.Empty;

    private static string Ms(double? v) => v is { } x ? x.ToString("F0", C) + " ms" : "–";

    private static string Rate(double v) => v.ToString("F2", C);

    private static string Fraction(double? v) => v is { } x ? x.ToString("F2", C) : "–";
}
