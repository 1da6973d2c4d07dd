namespace RoboMirror.Hardware.UniversalRobots.Rtde;

/// <summary>The field types of RTDE recipes, as the controller names them in setup replies.</summary>
public enum RtdeDataType
{
    /// <summary><c>BOOL</c>: one byte, 0 or 1.</summary>
    Bool,

    /// <summary><c>UINT8</c>.</summary>
    UInt8,

    /// <summary><c>UINT32</c>, big-endian.</summary>
    UInt32,

    /// <summary><c>UINT64</c>, big-endian.</summary>
    UInt64,

    /// <summary><c>INT32</c>, big-endian.</summary>
    Int32,

    /// <summary><c>DOUBLE</c>, IEEE 754 big-endian.</summary>
    Double,

    /// <summary><c>VECTOR3D</c>: 3 doubles.</summary>
    Vector3D,

    /// <summary><c>VECTOR6D</c>: 6 doubles.</summary>
    Vector6D,

    /// <summary><c>VECTOR6INT32</c>: 6 int32.</summary>
    Vector6Int32,

    /// <summary><c>VECTOR6UINT32</c>: 6 uint32.</summary>
    Vector6UInt32,
}

/// <summary>Names and sizes of <see cref="RtdeDataType"/>.</summary>
public static class RtdeDataTypes
{
    /// <summary>Size of one value on the wire, bytes.</summary>
    public static int Size(RtdeDataType type) => type switch
    {
        RtdeDataType.Bool or RtdeDataType.UInt8 => 1,
        RtdeDataType.UInt32 or RtdeDataType.Int32 => 4,
        RtdeDataType.UInt64 or RtdeDataType.Double => 8,
        RtdeDataType.Vector3D => 24,
        RtdeDataType.Vector6D => 48,
        RtdeDataType.Vector6Int32 or RtdeDataType.Vector6UInt32 => 24,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an RTDE type"),
    };

    /// <summary>The controller's name for a type, e.g. <c>VECTOR6D</c>.</summary>
    public static string Name(RtdeDataType type) => type switch
    {
        RtdeDataType.Bool => "BOOL",
        RtdeDataType.UInt8 => "UINT8",
        RtdeDataType.UInt32 => "UINT32",
        RtdeDataType.UInt64 => "UINT64",
        RtdeDataType.Int32 => "INT32",
        RtdeDataType.Double => "DOUBLE",
        RtdeDataType.Vector3D => "VECTOR3D",
        RtdeDataType.Vector6D => "VECTOR6D",
        RtdeDataType.Vector6Int32 => "VECTOR6INT32",
        RtdeDataType.Vector6UInt32 => "VECTOR6UINT32",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an RTDE type"),
    };

    /// <summary>Parses a type name; false for <c>NOT_FOUND</c>, <c>IN_USE</c> or anything unknown.</summary>
    public static bool TryParse(string name, out RtdeDataType type)
    {
        foreach (var candidate in Enum.GetValues<RtdeDataType>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
