using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Answers;

/// <summary>
/// Chooses which repertoire movement answers what the robot observed, reading by reading. The turn controller keeps
/// the last answer chosen during the partner's turn and performs <c>TurnSettings.DefaultAnswer</c> when none was.
/// </summary>
public interface IAnswerSelector
{
    /// <summary>Setting value that selects this strategy.</summary>
    string Name { get; }

    /// <summary>The answer this reading calls for, or null when it calls for none (no gesture, nothing mapped).</summary>
    string? Select(in MirrorEstimate estimate);
}

/// <summary>
/// Resonance: the movement whose execution embedding is closest to the observation embedding, as the mirror node
/// reports it (<see cref="MirrorEstimate.AnswerId"/>; without an execution model, the gesture's usual answer).
/// </summary>
public sealed class ResonanceAnswerSelector : IAnswerSelector
{
    public string Name => "resonance";

    public string? Select(in MirrorEstimate estimate) => estimate.AnswerId;
}

/// <summary>A configured mapping from recognised gesture to answer (e.g. waving → wave, shaking → handshake).</summary>
public sealed class MappedAnswerSelector(IReadOnlyDictionary<string, string> mapping) : IAnswerSelector
{
    public string Name => "mapping";

    /// <summary>The gesture → answer pairs.</summary>
    public IReadOnlyDictionary<string, string> Mapping { get; } = mapping ?? throw new ArgumentNullException(nameof(mapping));

    public string? Select(in MirrorEstimate estimate) => Mapping.TryGetValue(estimate.Gesture, out var answer) ? answer : null;
}
