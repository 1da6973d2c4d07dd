using System.Collections.Generic;

namespace RoboMirror.Ros.Generator.Model;

/// <summary>A field of a message: <c>type name [default]</c>.</summary>
internal sealed class MsgField
{
    public MsgField(string name, MsgFieldType type, string? defaultValue, string comment)
    {
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Comment = comment;
    }

    public string Name { get; }

    public MsgFieldType Type { get; }

    /// <summary>The default value as written in the .msg file, or null.</summary>
    public string? DefaultValue { get; }

    /// <summary>The comment on the line (after <c>#</c>), for the property's documentation.</summary>
    public string Comment { get; }
}

/// <summary>A constant of a message: <c>type NAME=value</c>.</summary>
internal sealed class MsgConstant
{
    public MsgConstant(string name, Primitive type, string value, string comment)
    {
        Name = name;
        Type = type;
        Value = value;
        Comment = comment;
    }

    public string Name { get; }

    public Primitive Type { get; }

    public string Value { get; }

    public string Comment { get; }
}

/// <summary>One parsed .msg file.</summary>
internal sealed class MsgSpec
{
    public MsgSpec(string package, string name, string text, string path, IReadOnlyList<MsgField> fields, IReadOnlyList<MsgConstant> constants, string summary)
    {
        Package = package;
        Name = name;
        Text = text;
        Path = path;
        Fields = fields;
        Constants = constants;
        Summary = summary;
    }

    public string Package { get; }

    public string Name { get; }

    /// <summary>The file's text, for MCAP's ros2msg schema.</summary>
    public string Text { get; }

    /// <summary>Path of the .msg file, for diagnostics.</summary>
    public string Path { get; }

    public IReadOnlyList<MsgField> Fields { get; }

    public IReadOnlyList<MsgConstant> Constants { get; }

    /// <summary>The leading comment block of the file, for the class documentation.</summary>
    public string Summary { get; }

    /// <summary>e.g. <c>sensor_msgs/msg/JointState</c>.</summary>
    public string RosName => Package + "/msg/" + Name;
}
