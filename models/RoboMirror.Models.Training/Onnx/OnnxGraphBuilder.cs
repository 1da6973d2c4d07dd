using Google.Protobuf;
using RoboMirror.Models.Contract;
using RoboMirror.Models.Training.Onnx.Proto;

namespace RoboMirror.Models.Training.Onnx;

/// <summary>
/// Builds one ONNX graph node by node: float inputs and outputs with a symbolic batch dimension, float
/// initializers (raw little-endian data), and nodes with int, ints and float attributes. Checks as it
/// goes that every node input already exists, so a wrong wiring fails here rather than in a runtime.
/// </summary>
internal sealed class OnnxGraphBuilder
{
    private readonly GraphProto _graph;
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private int _nodeCount;

    public OnnxGraphBuilder(string name)
    {
        _graph = new GraphProto { Name = name };
    }

    /// <summary>Declares a float graph input of shape [batch, ...<paramref name="dims"/>].</summary>
    public string Input(string name, params long[] dims)
    {
        _graph.Input.Add(ValueInfo(name, dims));
        Define(name);
        return name;
    }

    /// <summary>Declares an existing value as a float graph output of shape [batch, ...<paramref name="dims"/>].</summary>
    public void Output(string name, params long[] dims)
    {
        Require(name);
        _graph.Output.Add(ValueInfo(name, dims));
    }

    /// <summary>Adds a float constant of the given shape, stored as raw little-endian bytes.</summary>
    public string Initializer(string name, ReadOnlySpan<float> data, params long[] dims)
    {
        var count = dims.Aggregate(1L, (a, d) => a * d);
        if (count != data.Length)
        {
            throw new ArgumentException($"Initializer '{name}' has shape [{string.Join(", ", dims)}] ({count} values) but {data.Length} values were given.", nameof(data));
        }

        var bytes = new byte[data.Length * sizeof(float)];
        for (var i = 0; i < data.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(float)), data[i]);
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The ONNX writer stores raw tensor data little-endian and runs only on little-endian machines.");
        }

        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float, RawData = ByteString.CopyFrom(bytes) };
        tensor.Dims.AddRange(dims);
        _graph.Initializer.Add(tensor);
        Define(name);
        return name;
    }

    /// <summary>Adds a node with one output named after <paramref name="output"/>, and returns that name.</summary>
    public string Node(string opType, string[] inputs, string output, params OnnxAttribute[] attributes)
    {
        foreach (var input in inputs)
        {
            Require(input);
        }

        var node = new NodeProto { OpType = opType, Name = $"{opType}_{_nodeCount++}" };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes.Select(a => a.ToProto()));
        _graph.Node.Add(node);
        Define(output);
        return output;
    }

    /// <summary>The finished model with IR version, opset and metadata of <see cref="MirrorModelContract"/>.</summary>
    public ModelProto Build(IReadOnlyDictionary<string, string> metadata, string producerVersion)
    {
        var model = new ModelProto
        {
            IrVersion = MirrorModelContract.IrVersion,
            ProducerName = "RoboMirror.Models.Training",
            ProducerVersion = producerVersion,
            Domain = "org.robomirror",
            ModelVersion = 1,
            Graph = _graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = MirrorModelContract.Opset });
        foreach (var (key, value) in metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
        }

        return model;
    }

    private static ValueInfoProto ValueInfo(string name, long[] dims)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = MirrorModelContract.BatchDimension });
        foreach (var dim in dims)
        {
            shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = dim });
        }

        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto
            {
                TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape },
            },
        };
    }

    private void Define(string name)
    {
        if (!_values.Add(name))
        {
            throw new InvalidOperationException($"ONNX value '{name}' is defined twice in graph '{_graph.Name}'.");
        }
    }

    private void Require(string name)
    {
        if (!_values.Contains(name))
        {
            throw new InvalidOperationException($"ONNX value '{name}' is used before it is defined in graph '{_graph.Name}'.");
        }
    }
}
