using System.Numerics;

namespace RoboMirror.Perception.Streaming;

/// <summary>
/// The One Euro filter (Casiez, Roussel, Vogel, CHI 2012) on a 3D point: a low-pass filter whose cutoff
/// rises with speed, so that a still hand is steady and a fast one lags little. It also keeps the
/// low-passed derivative, which is the velocity estimate. A mutable struct kept in arrays: no allocation.
/// </summary>
internal struct OneEuroFilter
{
    private Vector3 _value;
    private Vector3 _previousSample;
    private Vector3 _derivative;
    private bool _initialised;

    /// <summary>The filtered value.</summary>
    public readonly Vector3 Value => _value;

    /// <summary>The low-passed derivative (units per second).</summary>
    public readonly Vector3 Derivative => _derivative;

    /// <summary>True once a first sample was taken.</summary>
    public readonly bool IsInitialised => _initialised;

    /// <summary>Forgets the history; the next sample passes through unfiltered.</summary>
    public void Reset() => this = default;

    /// <summary>Filters one sample taken <paramref name="dt"/> seconds after the previous one.</summary>
    public Vector3 Update(Vector3 sample, float dt, in OneEuroParameters parameters)
    {
        if (!_initialised || dt <= 0f)
        {
            _value = sample;
            _previousSample = sample;
            _derivative = _initialised ? _derivative : Vector3.Zero;
            _initialised = true;
            return _value;
        }

        // The derivative is taken between raw samples (not from the lagging filtered value, as the
        // reference implementation does), so that it is an unbiased velocity estimate at constant speed.
        var rawDerivative = (sample - _previousSample) / dt;
        _previousSample = sample;
        _derivative = Vector3.Lerp(_derivative, rawDerivative, Alpha(parameters.DerivativeCutoffHz, dt));
        var cutoff = parameters.MinCutoffHz + (parameters.Beta * _derivative.Length());
        _value = Vector3.Lerp(_value, sample, Alpha(cutoff, dt));
        return _value;
    }

    /// <summary>Holds the value (no new sample) while keeping the derivative decaying towards zero.</summary>
    public void Hold(float dt, in OneEuroParameters parameters)
    {
        if (_initialised && dt > 0f)
        {
            _derivative = Vector3.Lerp(_derivative, Vector3.Zero, Alpha(parameters.DerivativeCutoffHz, dt));
        }
    }

    /// <summary>The smoothing factor of a first-order low-pass with the given cutoff at sampling interval dt.</summary>
    internal static float Alpha(float cutoffHz, float dt)
    {
        var tau = 1f / (2f * MathF.PI * cutoffHz);
        return 1f / (1f + (tau / dt));
    }
}

/// <summary>
/// Parameters of the One Euro filter. Units follow the filtered signal: positions in shoulder widths,
/// so <see cref="Beta"/> is per (shoulder width per second).
/// </summary>
/// <param name="MinCutoffHz">Cutoff at rest: lower is steadier and laggier. Default 1.0 Hz.</param>
/// <param name="Beta">How fast the cutoff rises with speed. Default 0.3.</param>
/// <param name="DerivativeCutoffHz">Cutoff of the derivative (velocity) estimate. Default 1.0 Hz.</param>
public readonly record struct OneEuroParameters(float MinCutoffHz = 1.0f, float Beta = 0.3f, float DerivativeCutoffHz = 1.0f);
