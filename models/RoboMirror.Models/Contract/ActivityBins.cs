namespace RoboMirror.Models.Contract;

/// <summary>
/// The activity-projection horizon: bins 0–0.2, 0.2–0.6, 0.6–1.2 and 1.2–2.0 s after the newest frame
/// (VAP, Inoue et al. 2024). The expected time to the end of the partner's activity (within the 2 s
/// horizon) follows as Σ P(active in bin k) · width k.
/// </summary>
public static class ActivityBins
{
    /// <summary>The bin edges in seconds: n bins have n + 1 edges.</summary>
    public static IReadOnlyList<float> Edges { get; } = [0f, 0.2f, 0.6f, 1.2f, 2.0f];

    /// <summary>Number of bins.</summary>
    public static int Count => Edges.Count - 1;

    /// <summary>The horizon in seconds (the last edge).</summary>
    public static float Horizon => Edges[^1];

    /// <summary>Width of bin <paramref name="bin"/> in seconds.</summary>
    public static float Width(int bin) => Edges[bin + 1] - Edges[bin];

    /// <summary>Expected activity left within the horizon, seconds: Σ p_k · width_k.</summary>
    public static float ExpectedTimeToEnd(ReadOnlySpan<float> probabilities)
    {
        if (probabilities.Length != Count)
        {
            throw new ArgumentException($"Expected {Count} bin probabilities, got {probabilities.Length}.", nameof(probabilities));
        }

        var sum = 0f;
        for (var k = 0; k < Count; k++)
        {
            sum += probabilities[k] * Width(k);
        }

        return sum;
    }

    /// <summary>The edges as metadata text, e.g. <c>0,0.2,0.6,1.2,2</c>.</summary>
    public static string EdgesText() =>
        string.Join(',', Edges.Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
