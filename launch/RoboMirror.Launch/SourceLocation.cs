namespace RoboMirror.Launch;

/// <summary>A place in a launch file: its path and a 1-based line and column (0 when not known).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Written as compilers do, <c>file:line:column</c>, so editors and terminals can jump to it.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
