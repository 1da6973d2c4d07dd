namespace RoboMirror.Controller.Simulation;

/// <summary>
/// How the simulated partner plays the interaction game. Times are drawn from normal distributions
/// (mean, standard deviation) clipped at zero.
/// </summary>
public sealed record PartnerBehaviour
{
    /// <summary>Delay between the robot's answer ending and the partner's next move (human reaction ~300 ms).</summary>
    public TimeSpan ReactionDelayMean { get; init; } = TimeSpan.FromMilliseconds(300);

    public TimeSpan ReactionDelayStdDev { get; init; } = TimeSpan.FromMilliseconds(80);

    /// <summary>Extra rest before the next gesture, after reacting.</summary>
    public TimeSpan PauseMean { get; init; } = TimeSpan.FromMilliseconds(900);

    public TimeSpan PauseStdDev { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Probability that a gesture has a hesitation: a still pause in its middle.</summary>
    public double HesitationProbability { get; init; } = 0.15;

    /// <summary>Hesitation length is drawn uniformly from this range.</summary>
    public TimeSpan HesitationMin { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan HesitationMax { get; init; } = TimeSpan.FromMilliseconds(700);

    /// <summary>Probability that the partner starts again while the robot answers (an overlap the robot must yield to).</summary>
    public double ResumeProbability { get; init; } = 0.1;

    /// <summary>The partner gives up waiting for an answer after this long past their end.</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Validates; throws <see cref="ArgumentException"/> listing every problem.</summary>
    public PartnerBehaviour Validate()
    {
        var errors = new List<string>();
        if (HesitationProbability is < 0 or > 1 || double.IsNaN(HesitationProbability))
        {
            errors.Add($"HesitationProbability is {HesitationProbability}; it must be in [0, 1].");
        }

        if (ResumeProbability is < 0 or > 1 || double.IsNaN(ResumeProbability))
        {
            errors.Add($"ResumeProbability is {ResumeProbability}; it must be in [0, 1].");
        }

        if (HesitationMin < TimeSpan.Zero || HesitationMax < HesitationMin)
        {
            errors.Add($"Hesitation range {HesitationMin}–{HesitationMax} must be non-negative and ordered.");
        }

        if (ReactionDelayMean < TimeSpan.Zero || PauseMean < TimeSpan.Zero || ReactionDelayStdDev < TimeSpan.Zero || PauseStdDev < TimeSpan.Zero || AnswerTimeout <= TimeSpan.Zero)
        {
            errors.Add("Delays and pauses must not be negative, and AnswerTimeout must be positive.");
        }

        return errors.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(PartnerBehaviour)}' are invalid. Validation Errors: {string.Join(" ", errors)}");
    }
}
