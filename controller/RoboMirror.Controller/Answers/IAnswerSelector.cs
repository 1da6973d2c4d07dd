using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Answers;

/// <summary>Chooses which repertoire movement answers what the robot observed.</summary>
public interface IAnswerSelector
{
    /// <summary>Setting value that selects this strategy.</summary>
    string Name { get; }

    /// <summary>The answer for the latest estimate, or the default answer when nothing fits.</summary>
    string Select(MirrorEstimate? estimate);
}

/// <summary>
/// Resonance: the movement whose execution embedding is closest to the observation embedding
/// (the mirror node reports it as <see cref="MirrorEstimate.AnswerId"/>).
/// </summary>
public sealed class ResonanceAnswerSelector(string defaultAnswer) : IAnswerSelector
{
    public string Name => "resonance";

    public string Select(MirrorEstimate? estimate) => estimate?.AnswerId ?? defaultAnswer;
}

/// <summary>A configured mapping from recognised gesture to answer (e.g. waving → wave, shaking → handshake).</summary>
public sealed class MappedAnswerSelector(IReadOnlyDictionary<string, string> mapping, string defaultAnswer) : IAnswerSelector
{
    public string Name => "mapping";

    public string Select(MirrorEstimate? estimate) =>
        estimate is { } e && mapping.TryGetValue(e.Gesture, out var answer) ? answer : defaultAnswer;
}
