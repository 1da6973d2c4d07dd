namespace RoboMirror.Hardware.Kinematics;

/// <summary>Settings of the damped least-squares solver. Defaults suit arms of about a metre's reach.</summary>
public sealed record InverseKinematicsOptions
{
    /// <summary>Most iterations per solve. Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Damping λ (metres-equivalent); larger is steadier near singularities, slower elsewhere. Default 0.05.</summary>
    public double Damping { get; init; } = 0.05;

    /// <summary>Position error at which a solve has converged, metres. Default 0.1 mm.</summary>
    public double PositionTolerance { get; init; } = 1e-4;

    /// <summary>Orientation error at which a solve has converged, radians. Default 1 mrad.</summary>
    public double OrientationTolerance { get; init; } = 1e-3;

    /// <summary>Largest change of any joint in one iteration, radians. Default 0.2.</summary>
    public double MaxStep { get; init; } = 0.2;

    /// <summary>Throws one <see cref="ArgumentException"/> naming every invalid setting.</summary>
    public InverseKinematicsOptions Validate()
    {
        var problems = new List<string>();
        if (MaxIterations < 1)
        {
            problems.Add($"MaxIterations is {MaxIterations}; it must be at least 1");
        }

        foreach (var (name, value) in new[] { (nameof(Damping), Damping), (nameof(PositionTolerance), PositionTolerance), (nameof(OrientationTolerance), OrientationTolerance), (nameof(MaxStep), MaxStep) })
        {
            if (!double.IsFinite(value) || value <= 0)
            {
                problems.Add($"{name} is {value}; it must be finite and positive");
            }
        }

        return problems.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(InverseKinematicsOptions)}' are invalid: {string.Join("; ", problems)}.");
    }
}
