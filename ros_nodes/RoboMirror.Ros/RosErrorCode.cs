namespace RoboMirror.Ros;

/// <summary>
/// What went wrong in the ROS 2 client, as a stable code (like rcl's <c>RCL_RET_*</c> values) that
/// callers can switch on without parsing messages.
/// </summary>
public enum RosErrorCode
{
    /// <summary>A node, namespace or topic name breaks ROS 2's naming rules.</summary>
    InvalidName = 1,

    /// <summary>A <c>--ros-args</c> argument is malformed or unknown.</summary>
    InvalidArguments = 2,

    /// <summary>A parameter file cannot be read or does not follow the ROS 2 parameter file format.</summary>
    InvalidParameterFile = 3,

    /// <summary>A parameter was read or set before it was declared.</summary>
    ParameterNotDeclared = 4,

    /// <summary>A parameter was declared twice on one node.</summary>
    ParameterAlreadyDeclared = 5,

    /// <summary>A parameter value (default, override or set) has another type than the parameter.</summary>
    ParameterTypeMismatch = 6,

    /// <summary>The requested transport cannot be created (for example its native library is missing).</summary>
    TransportUnavailable = 7,

    /// <summary>One topic was used with two different message types.</summary>
    TopicTypeMismatch = 8,

    /// <summary>An object was used after its node or context was disposed.</summary>
    Disposed = 9,

    /// <summary>An operation does not fit the object's current state (for example spinning a node twice at once).</summary>
    InvalidOperation = 10,
}
