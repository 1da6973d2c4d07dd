using System;

namespace RoboMirror.Ros.Generator.Parsing;

/// <summary>A .msg file that cannot be turned into code; carries the 1-based line it concerns.</summary>
internal sealed class MsgParseException : Exception
{
    public MsgParseException(string message, int line)
        : base(message)
    {
        Line = line;
    }

    public MsgParseException()
    {
    }

    public MsgParseException(string message)
        : base(message)
    {
    }

    public MsgParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>1-based line number in the .msg file; 0 when the whole file is concerned.</summary>
    public int Line { get; }
}
