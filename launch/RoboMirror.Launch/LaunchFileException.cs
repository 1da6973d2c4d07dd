namespace RoboMirror.Launch;

/// <summary>
/// A launch file that cannot be run: malformed XML, an unknown tag or attribute, a missing argument, a substitution
/// that fails. Names the file, the line and column, and what was expected, so a researcher can fix the file; thrown
/// while parsing and resolving, before anything starts.
/// </summary>
public sealed class LaunchFileException : Exception
{
    public LaunchFileException(SourceLocation location, string problem, string expected)
        : base(Format(location, problem, expected))
    {
        Location = location;
        Problem = problem;
        Expected = expected;
    }

    public LaunchFileException(SourceLocation location, string problem, string expected, Exception innerException)
        : base(Format(location, problem, expected), innerException)
    {
        Location = location;
        Problem = problem;
        Expected = expected;
    }

    public LaunchFileException()
    {
        Problem = string.Empty;
        Expected = string.Empty;
    }

    public LaunchFileException(string message)
        : base(message)
    {
        Problem = message;
        Expected = string.Empty;
    }

    public LaunchFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
        Expected = string.Empty;
    }

    /// <summary>Where the problem is: file, 1-based line and column (0 when unknown).</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, e.g. <c>unknown tag &lt;nod&gt;</c>.</summary>
    public string Problem { get; }

    /// <summary>What the interpreter expected instead, e.g. <c>one of: arg, let, node, …</c>.</summary>
    public string Expected { get; }

    private static string Format(SourceLocation location, string problem, string expected) =>
        string.IsNullOrEmpty(expected) ? $"{location}: {problem}" : $"{location}: {problem}; expected {expected}";
}
