namespace RoboMirror.Controller.Answers;

/// <summary>Creates an answer selector from its settings (<c>answer_selection</c>, <c>answer_mapping</c>).</summary>
public static class AnswerSelectors
{
    /// <summary>The setting values accepted by <see cref="Create"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["resonance", "mapping"];

    /// <summary>The default mapping: a wave answers a wave, a handshake a handshake, a fist bump both fist bumps.</summary>
    public const string DefaultMapping = "waving=wave;shaking=handshake;rocket=fist_bump;parachute=fist_bump;fist_bump=fist_bump";

    /// <summary>
    /// The named selector. <paramref name="mapping"/> (<c>gesture=answer;gesture=answer</c>) is used by <c>mapping</c>
    /// and must name only answers of <paramref name="repertoire"/>; every problem throws <see cref="ArgumentException"/>
    /// naming it.
    /// </summary>
    public static IAnswerSelector Create(string name, string mapping, IReadOnlyCollection<string> repertoire)
    {
        ArgumentNullException.ThrowIfNull(repertoire);
        return name switch
        {
            "resonance" => new ResonanceAnswerSelector(),
            "mapping" => new MappedAnswerSelector(ParseMapping(mapping, repertoire)),
            _ => throw new ArgumentException($"Unknown answer selection '{name}'; use one of: {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>Parses <c>gesture=answer;gesture=answer</c>; throws naming the entry that is malformed, repeated or not in the repertoire.</summary>
    public static IReadOnlyDictionary<string, string> ParseMapping(string text, IReadOnlyCollection<string> repertoire)
    {
        ArgumentNullException.ThrowIfNull(repertoire);
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new ArgumentException($"Answer mapping entry '{entry}' is not gesture=answer.", nameof(text));
            }

            if (!repertoire.Contains(parts[1]))
            {
                throw new ArgumentException($"Answer mapping entry '{entry}' names '{parts[1]}', which the repertoire does not hold ({string.Join(", ", repertoire)}).", nameof(text));
            }

            if (!mapping.TryAdd(parts[0], parts[1]))
            {
                throw new ArgumentException($"Answer mapping gives gesture '{parts[0]}' twice.", nameof(text));
            }
        }

        return mapping.Count > 0 ? mapping : throw new ArgumentException("The answer mapping is empty; give gesture=answer pairs separated by ';'.", nameof(text));
    }
}
