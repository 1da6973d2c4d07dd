namespace RoboMirror.Ros.Messages;

/// <summary>A field tree (e.g. parsed from <c>topic pub</c> YAML) that does not fit a message type: names the field path and what was expected.</summary>
public sealed class FieldTreeException : FormatException
{
    public FieldTreeException(string path, string message)
        : base(path.Length == 0 ? message : $"field '{path}': {message}")
    {
        Path = path;
    }

    public FieldTreeException()
    {
        Path = string.Empty;
    }

    public FieldTreeException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    public FieldTreeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>Dotted path of the offending field, e.g. <c>header.stamp.sec</c> or <c>points[2].positions</c>.</summary>
    public string Path { get; }
}
