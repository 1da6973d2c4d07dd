namespace RoboMirror.Perception.Canonicalization;

/// <summary>
/// What a plausible frame looks like. Frames outside these limits are rejected and counted, never
/// passed on. Defaults are in one place here; <see cref="Validate"/> names every bad value at once.
/// </summary>
public sealed record PlausibilityLimits
{
    /// <summary>The defaults described on each property.</summary>
    public static PlausibilityLimits Default { get; } = new();

    /// <summary>Joints below this confidence count as missing. Default 0.1 (ROS4HRI sends 0 for undetected points).</summary>
    public float MinConfidence { get; init; } = 0.1f;

    /// <summary>3D: largest plausible absolute coordinate in metres (a Kinect sees up to ~8 m). Default 10.</summary>
    public float MaxCoordinateMetres { get; init; } = 10f;

    /// <summary>3D: shoulder width range in metres. Default 0.1 to 1.0 (adults are 0.3-0.5).</summary>
    public float MinShoulderWidthMetres { get; init; } = 0.1f;

    /// <inheritdoc cref="MinShoulderWidthMetres"/>
    public float MaxShoulderWidthMetres { get; init; } = 1.0f;

    /// <summary>2D: how far outside [0, 1] a normalised image coordinate may lie (pose estimators extrapolate a little). Default 0.5.</summary>
    public float ImageMargin { get; init; } = 0.5f;

    /// <summary>2D: smallest shoulder width in image widths; smaller is a collapsed or side-on body. Default 0.005.</summary>
    public float MinShoulderWidthImage { get; init; } = 0.005f;

    /// <summary>Throws one <see cref="ArgumentException"/> that lists every invalid option with its value and the reason.</summary>
    public PlausibilityLimits Validate()
    {
        var errors = new List<string>();
        if (!(MinConfidence is >= 0f and <= 1f))
        {
            errors.Add($"MinConfidence = {MinConfidence}: must be in [0, 1]");
        }

        if (!(MaxCoordinateMetres > 0f) || !float.IsFinite(MaxCoordinateMetres))
        {
            errors.Add($"MaxCoordinateMetres = {MaxCoordinateMetres}: must be a positive finite number");
        }

        if (!(MinShoulderWidthMetres > 0f) || !(MaxShoulderWidthMetres > MinShoulderWidthMetres))
        {
            errors.Add($"MinShoulderWidthMetres = {MinShoulderWidthMetres}, MaxShoulderWidthMetres = {MaxShoulderWidthMetres}: need 0 < min < max");
        }

        if (!(ImageMargin >= 0f) || !float.IsFinite(ImageMargin))
        {
            errors.Add($"ImageMargin = {ImageMargin}: must be a finite number >= 0");
        }

        if (!(MinShoulderWidthImage > 0f))
        {
            errors.Add($"MinShoulderWidthImage = {MinShoulderWidthImage}: must be > 0");
        }

        return errors.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(PlausibilityLimits)}' are invalid. Validation Errors: {string.Join("; ", errors)}.");
    }
}
