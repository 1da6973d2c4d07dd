using System.Globalization;
using RoboMirror.Controller.Policies;

namespace RoboMirror.Nodes.Session;

/// <summary>One timing setting given to the turn controller as its node parameter, as a launch file sets it.</summary>
/// <param name="Name">The <see cref="TimingSettings"/> property: <c>TargetGap</c> or <c>ReactiveHold</c>.</param>
/// <param name="Parameter">The turn controller's parameter that sets it: <c>target_gap_ms</c> or <c>reactive_hold_ms</c>.</param>
/// <param name="ValueMs">The value, in ms.</param>
internal sealed record EvalTimingSetting(string Name, string Parameter, double ValueMs);

/// <summary>
/// What <c>robomirror eval --operating-curve</c> sweeps: <c>TargetGap</c> for the mirror and oracle policies,
/// <c>ReactiveHold</c> for the reactive baseline, each over a list of values (ms, ascending, no repeats).
/// Defaults are here and only here.
/// </summary>
internal sealed record EvalOperatingCurveOptions(IReadOnlyList<double> TargetGapsMs, IReadOnlyList<double> ReactiveHoldsMs)
{
    public const string TargetGap = nameof(TimingSettings.TargetGap);
    public const string ReactiveHold = nameof(TimingSettings.ReactiveHold);

    /// <summary>The largest magnitude a swept value may have: beyond it no answer lands in the 2 s window anyway.</summary>
    public const double LimitMs = 10_000;

    /// <summary>Default grid of <c>TargetGap</c>: −200 to 600 ms, step 50.</summary>
    public static IReadOnlyList<double> DefaultTargetGapsMs { get; } = Grid(-200, 600, 50);

    /// <summary>Default grid of <c>ReactiveHold</c>: 0 to 1500 ms, step 100.</summary>
    public static IReadOnlyList<double> DefaultReactiveHoldsMs { get; } = Grid(0, 1500, 100);

    public static EvalOperatingCurveOptions Default { get; } = new(DefaultTargetGapsMs, DefaultReactiveHoldsMs);

    /// <summary>Whether the curve sweeps <paramref name="policy"/>: the alternating policies (mirror, reactive, oracle).</summary>
    public static bool Sweeps(string policy) => !TimingPolicies.IsJoint(policy);

    /// <summary>The setting swept for <paramref name="policy"/>: <c>ReactiveHold</c> for reactive, <c>TargetGap</c> for mirror and oracle.</summary>
    public static string SettingOf(string policy) => policy == "reactive" ? ReactiveHold : TargetGap;

    /// <summary>The turn controller's node parameter that sets <paramref name="setting"/> (its declaration in <c>TurnControllerNode</c>).</summary>
    public static string ParameterOf(string setting) => setting == ReactiveHold ? "reactive_hold_ms" : "target_gap_ms";

    /// <summary>The setting's default, from <see cref="TimingSettings"/>.</summary>
    public static double DefaultMs(string setting) =>
        (setting == ReactiveHold ? new TimingSettings().ReactiveHold : new TimingSettings().TargetGap).TotalMilliseconds;

    /// <summary>The values swept for <paramref name="policy"/>.</summary>
    public IReadOnlyList<double> ValuesOf(string policy) => SettingOf(policy) == ReactiveHold ? ReactiveHoldsMs : TargetGapsMs;

    /// <summary>
    /// Parses a comma-separated list of milliseconds given to <paramref name="option"/> for <paramref name="setting"/>:
    /// ascending, repeats dropped. Throws <see cref="ArgumentException"/> naming the option and the bad item: not a number,
    /// beyond ±<see cref="LimitMs"/>, or refused by <see cref="TimingSettings.Validate"/>.
    /// </summary>
    public static IReadOnlyList<double> ParseList(string option, string setting, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new List<double>();
        foreach (var raw in text.Split(','))
        {
            var item = raw.Trim();
            if (!double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) || !double.IsFinite(ms))
            {
                throw new ArgumentException($"{option}: '{item}' is not a number of milliseconds (give a comma-separated list such as 0,100,200).");
            }

            if (Math.Abs(ms) > LimitMs)
            {
                throw new ArgumentException($"{option}: '{item}' is beyond ±{LimitMs.ToString(CultureInfo.InvariantCulture)} ms.");
            }

            try
            {
                _ = (setting == ReactiveHold
                    ? new TimingSettings { ReactiveHold = TimeSpan.FromMilliseconds(ms) }
                    : new TimingSettings { TargetGap = TimeSpan.FromMilliseconds(ms) }).Validate();
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{option}: '{item}' is not a valid {setting}: {e.Message}", e);
            }

            values.Add(ms);
        }

        return [.. values.Distinct().Order()];
    }

    private static double[] Grid(double from, double to, double step) =>
        [.. Enumerable.Range(0, (int)Math.Round((to - from) / step) + 1).Select(i => from + (i * step))];
}
