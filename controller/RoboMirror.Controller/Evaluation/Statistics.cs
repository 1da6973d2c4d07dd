namespace RoboMirror.Controller.Evaluation;

/// <summary>Order statistics used in reports.</summary>
public static class Statistics
{
    /// <summary>
    /// The q-quantile with linear interpolation between order statistics (type 7, as numpy's default);
    /// null for no values.
    /// </summary>
    public static double? Quantile(IReadOnlyList<double> values, double q)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        if (q is < 0 or > 1 || double.IsNaN(q))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "A quantile must be in [0, 1].");
        }

        var sorted = values.Order().ToArray();
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
