using System.Globalization;
using ScottPlot;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// <c>operating_curve.png|svg</c>: x the false-start rate, y the median gap (ms); one line with markers per policy in the
/// order of its setting's values, the default setting's point drawn larger and labelled. Points without a median gap
/// (every turn missed) are left out.
/// </summary>
internal static class EvalOperatingCurvePlot
{
    private const int Width = 1000;
    private const int Height = 640;

    public static void Write(string pathWithoutExtension, EvalOperatingCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var policies = curve.Points.Select(p => p.Policy).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < policies.Count; i++)
        {
            var color = palette.GetColor(i);
            var all = curve.Points.Where(p => p.Policy == policies[i]).ToList();
            var points = all.Where(p => p.Figures.Summary.GapMsMedian is not null).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(
                points.Select(p => p.Figures.Summary.FalseStartRate).ToArray(),
                points.Select(p => p.Figures.Summary.GapMsMedian!.Value).ToArray(),
                color);
            var unplotted = all.Count - points.Count;
            line.LegendText = $"{policies[i]} ({all[0].Setting} {Ms(all[0].ValueMs)}…{Ms(all[^1].ValueMs)}{(unplotted > 0 ? $"; {unplotted} value{(unplotted == 1 ? string.Empty : "s")} with every turn missed, not drawn" : string.Empty)})";
            line.MarkerSize = 6;
            line.LineWidth = 1.5f;
            foreach (var p in points.Where(p => p.IsDefault))
            {
                var x = p.Figures.Summary.FalseStartRate;
                var y = p.Figures.Summary.GapMsMedian!.Value;
                var marker = plot.Add.Marker(x, y, MarkerShape.OpenCircle, 16, color);
                marker.LineWidth = 2;
                var text = plot.Add.Text($"{p.Policy} default ({p.Setting} {Ms(p.ValueMs)})", x, y);
                text.LabelFontColor = color;
                text.LabelFontSize = 13;
                text.LabelBold = true;
                text.OffsetX = 10;
                text.OffsetY = -10;
            }
        }

        if (plot.GetPlottables().Any())
        {
            plot.ShowLegend(Alignment.UpperRight);
        }
        else
        {
            plot.Add.Text("no point has a median gap (every turn missed)", 0, 0);
        }

        var end = plot.Add.HorizontalLine(0);
        end.Color = Colors.Gray;
        end.LinePattern = LinePattern.Dashed;
        plot.Title("Operating curve: median gap against false-start rate (ring: the default setting)");
        plot.XLabel("false-start rate (fraction of turns)");
        plot.YLabel("median gap (ms)");
        plot.SavePng(pathWithoutExtension + ".png", Width, Height);
        plot.SaveSvg(pathWithoutExtension + ".svg", Width, Height);
    }

    private static string Ms(double v) => v.ToString("0.#", CultureInfo.InvariantCulture) + " ms";
}
