namespace RoboMirror.Models.Inference;

/// <summary>A model file is missing, unreadable, corrupt, or not the model the runtime expects. The message names the file and the problem.</summary>
public sealed class ModelFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="filePath"/>.</summary>
    public ModelFileException(string filePath, string problem, Exception? inner = null)
        : base($"Model file '{filePath}': {problem}", inner)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only (for serializers and tooling).</summary>
    public ModelFileException()
        : this(string.Empty, "unknown problem")
    {
    }

    /// <summary>Creates the exception with a message only (for serializers and tooling).</summary>
    public ModelFileException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception (for serializers and tooling).</summary>
    public ModelFileException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>The model file concerned.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
