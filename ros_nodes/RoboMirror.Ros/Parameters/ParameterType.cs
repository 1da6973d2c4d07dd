namespace RoboMirror.Ros.Parameters;

/// <summary>The types a ROS 2 parameter can have (rcl_interfaces/msg/ParameterType, less byte arrays).</summary>
public enum ParameterType
{
    Bool = 1,
    Integer = 2,
    Double = 3,
    String = 4,
    BoolArray = 6,
    IntegerArray = 7,
    DoubleArray = 8,
    StringArray = 9,
}
