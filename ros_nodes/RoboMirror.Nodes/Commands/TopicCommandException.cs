namespace RoboMirror.Nodes.Commands;

/// <summary>A <c>topic</c> verb cannot do what was asked; the message says why and what to do. Printed as <c>error: …</c>, exit code 1.</summary>
internal sealed class TopicCommandException : Exception
{
    public TopicCommandException(string message)
        : base(message)
    {
    }

    public TopicCommandException()
    {
    }

    public TopicCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
