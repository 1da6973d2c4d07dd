using RoboMirror.Models.Training.Onnx.Proto;

namespace RoboMirror.Models.Training.Onnx;

/// <summary>A node attribute of one of the kinds the writer uses: int, ints or float.</summary>
internal readonly record struct OnnxAttribute(string Name, AttributeProto.Types.AttributeType Type, long IntValue, long[]? IntsValue, float FloatValue)
{
    public static OnnxAttribute Int(string name, long value) => new(name, AttributeProto.Types.AttributeType.Int, value, null, 0f);

    public static OnnxAttribute Ints(string name, params long[] values) => new(name, AttributeProto.Types.AttributeType.Ints, 0, values, 0f);

    public static OnnxAttribute Float(string name, float value) => new(name, AttributeProto.Types.AttributeType.Float, 0, null, value);

    public AttributeProto ToProto()
    {
        var proto = new AttributeProto { Name = Name, Type = Type };
        switch (Type)
        {
            case AttributeProto.Types.AttributeType.Int:
                proto.I = IntValue;
                break;
            case AttributeProto.Types.AttributeType.Ints:
                proto.Ints.AddRange(IntsValue ?? []);
                break;
            case AttributeProto.Types.AttributeType.Float:
                proto.F = FloatValue;
                break;
            default:
                throw new InvalidOperationException($"Attribute '{Name}' has kind {Type}, which the writer does not emit.");
        }

        return proto;
    }
}
