namespace RoboMirror.Ros.Dds;

/// <summary>
/// A Cyclone DDS call failed. Carries the <c>dds_return_t</c> code, its name (e.g.
/// <c>DDS_RETCODE_BAD_PARAMETER</c>) and the operation that returned it.
/// </summary>
public sealed class DdsException : Exception
{
    public DdsException(string operation, int returnCode, string detail)
        : base($"{operation} failed with {ReturnCodeNames.Name(returnCode)} ({returnCode}): {detail}")
    {
        Operation = operation;
        ReturnCode = returnCode;
    }

    public DdsException()
    {
        Operation = string.Empty;
    }

    public DdsException(string message)
        : base(message)
    {
        Operation = string.Empty;
    }

    public DdsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Operation = string.Empty;
    }

    /// <summary>The native function (and its subject) that failed, e.g. <c>dds_create_writer(rt/chatter)</c>.</summary>
    public string Operation { get; }

    /// <summary>The <c>dds_return_t</c> value (negative).</summary>
    public int ReturnCode { get; }

    /// <summary>The symbolic name of <see cref="ReturnCode"/>.</summary>
    public string ReturnCodeName => ReturnCodeNames.Name(ReturnCode);
}
