using RoboMirror.Controller.Evaluation;
using RoboMirror.Controller.Session;
using ScottPlot;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// The run folder's plots, each as PNG and SVG: <c>timeline</c> (partner and robot activity over the
/// session, a dashed line at each labelled partner end) and <c>gaps</c> (the distribution of the gap between
/// the partner's end and the robot's onset, 100 ms bins, with the 200 ms target marked).
/// </summary>
internal static class SessionPlots
{
    private const int Width = 1200;
    private const int Height = 360;
    private const double BinMs = 100;

    public static void Write(string folder, SessionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Save(Timeline(report), Path.Combine(folder, RunFolder.Timeline));
        Save(Gaps(report), Path.Combine(folder, RunFolder.Gaps));
    }

    private static void Save(Plot plot, string pathWithoutExtension)
    {
        plot.SavePng(pathWithoutExtension + ".png", Width, Height);
        plot.SaveSvg(pathWithoutExtension + ".svg", Width, Height);
    }

    private static Plot Timeline(SessionReport report)
    {
        var plot = new Plot();
        AddBand(plot, report.PartnerActivity, 1, Colors.SteelBlue);
        AddBand(plot, report.RobotActivity, 0, Colors.DarkOrange);
        foreach (var turn in report.Turns)
        {
            var line = plot.Add.VerticalLine(turn.Partner.End.TotalSeconds);
            line.Color = Colors.Gray;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 1;
        }

        plot.Axes.Left.SetTicks([0, 1], ["robot", "partner"]);
        plot.Axes.SetLimits(report.Info.Start.TotalSeconds, Math.Max(report.Info.End.TotalSeconds, report.Info.Start.TotalSeconds + 1), -0.5, 1.5);
        plot.Title($"Session timeline ({report.Info.Policy}, seed {report.Info.Seed}): activity, dashed = labelled partner end");
        plot.XLabel("session time (s)");
        return plot;
    }

    private static void AddBand(Plot plot, IReadOnlyList<ActivityInterval> intervals, double y, Color color)
    {
        foreach (var interval in intervals)
        {
            var rect = plot.Add.Rectangle(interval.Start.TotalSeconds, interval.End.TotalSeconds, y - 0.3, y + 0.3);
            rect.FillColor = color.WithAlpha(0.7);
            rect.LineColor = color;
        }
    }

    private static Plot Gaps(SessionReport report)
    {
        var plot = new Plot();
        var gaps = report.Turns.Where(t => t.Outcome.GapMs is not null).Select(t => t.Outcome.GapMs!.Value).ToList();
        if (gaps.Count > 0)
        {
            var bins = gaps.GroupBy(g => Math.Floor(g / BinMs)).OrderBy(g => g.Key).ToList();
            var bars = plot.Add.Bars(bins.Select(b => (b.Key * BinMs) + (BinMs / 2)).ToArray(), bins.Select(b => (double)b.Count()).ToArray());
            foreach (var bar in bars.Bars)
            {
                bar.Size = BinMs * 0.9;
                bar.FillColor = bar.Position < 0 ? Colors.Red : Colors.SeaGreen;
            }
        }
        else
        {
            plot.Add.Text("no turn had a robot onset within its answer window", 0, 0.5);
        }

        var target = plot.Add.VerticalLine(200);
        target.Color = Colors.Black;
        target.LinePattern = LinePattern.Dashed;
        var end = plot.Add.VerticalLine(0);
        end.Color = Colors.Gray;
        plot.Title($"Gap = robot onset − partner end ({gaps.Count} of {report.Turns.Count} turns; red: false starts; dashed: 200 ms target)");
        plot.XLabel("gap (ms)");
        plot.YLabel("turns");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        return plot;
    }
}
