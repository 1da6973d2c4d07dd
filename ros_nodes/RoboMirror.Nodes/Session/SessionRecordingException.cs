namespace RoboMirror.Nodes.Session;

/// <summary>A session recording that cannot be scored: names the file and what is missing or wrong.</summary>
public sealed class SessionRecordingException : Exception
{
    public SessionRecordingException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        FilePath = path;
        Problem = problem;
    }

    public SessionRecordingException()
        : this(string.Empty, "the session recording cannot be read")
    {
    }

    public SessionRecordingException(string message)
        : this(string.Empty, message)
    {
    }

    public SessionRecordingException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>The recording.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
