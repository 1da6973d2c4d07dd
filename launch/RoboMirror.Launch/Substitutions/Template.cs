namespace RoboMirror.Launch.Substitutions;

/// <summary>
/// An attribute value as the XML front end reads it: literal text and <c>$(name arg …)</c> substitutions, evaluated
/// later against the launch scope. Kept unevaluated so that a value is computed where ROS 2 computes it (an
/// argument's default only when the argument is not given, a node's parameter in the node's scope).
/// </summary>
internal sealed class Template
{
    public Template(IReadOnlyList<TemplatePart> parts, SourceLocation location)
    {
        Parts = parts;
        Location = location;
    }

    public IReadOnlyList<TemplatePart> Parts { get; }

    /// <summary>Where the attribute that holds this template is.</summary>
    public SourceLocation Location { get; }

    /// <summary>True when the value is plain text without substitutions.</summary>
    public bool IsLiteral => Parts.All(p => p is TextPart);

    public static Template Literal(string text, SourceLocation location) => new([new TextPart(text)], location);

    /// <summary>The value as it would be written in the file, for messages and dry runs.</summary>
    public override string ToString() => string.Concat(Parts.Select(p => p.ToString()));
}

/// <summary>One piece of a <see cref="Template"/>.</summary>
internal abstract record TemplatePart;

/// <summary>Literal text, escapes already removed.</summary>
internal sealed record TextPart(string Text) : TemplatePart
{
    public override string ToString() => Text;
}

/// <summary>A <c>$(name arg …)</c> substitution; each argument is itself a template.</summary>
internal sealed record SubstitutionPart(string Name, IReadOnlyList<Template> Arguments, SourceLocation Location) : TemplatePart
{
    public override string ToString() =>
        Arguments.Count == 0 ? $"$({Name})" : $"$({Name} {string.Join(' ', Arguments.Select(QuoteIfNeeded))})";

    private static string QuoteIfNeeded(Template argument)
    {
        var text = argument.ToString();
        return text.Length == 0 || text.Contains(' ', StringComparison.Ordinal) ? $"'{text}'" : text;
    }
}
