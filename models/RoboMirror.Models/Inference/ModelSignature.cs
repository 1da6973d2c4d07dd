using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using RoboMirror.Models.Contract;

namespace RoboMirror.Models.Inference;

/// <summary>Checks that a loaded session is the model the runtime expects and reads its metadata; every mismatch names the file.</summary>
internal sealed class ModelSignature
{
    private readonly InferenceSession _session;
    private readonly string _path;
    private readonly IReadOnlyDictionary<string, string> _metadata;

    public ModelSignature(InferenceSession session, string path, string role)
    {
        _session = session;
        _path = path;
        _metadata = session.ModelMetadata.CustomMetadataMap;
        var actualRole = Text(MirrorModelContract.RoleKey);
        if (actualRole != role)
        {
            throw new ModelFileException(path, $"it is a '{actualRole}' model, expected a '{role}' model (metadata {MirrorModelContract.RoleKey}).");
        }
    }

    public string Text(string key) =>
        _metadata.TryGetValue(key, out var value)
            ? value
            : throw new ModelFileException(_path, $"its metadata lack the key '{key}'; it was not written by RoboMirror's ONNX writer.");

    public int Integer(string key) =>
        int.TryParse(Text(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ModelFileException(_path, $"metadata '{key}' is '{Text(key)}', expected a positive integer.");

    public double Number(string key) =>
        double.TryParse(Text(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ModelFileException(_path, $"metadata '{key}' is '{Text(key)}', expected a positive number.");

    /// <summary>Throws unless the named input or output exists with [batch, ...<paramref name="dims"/>] float shape.</summary>
    public void Expect(bool input, string name, params int[] dims)
    {
        var table = input ? _session.InputMetadata : _session.OutputMetadata;
        var kind = input ? "input" : "output";
        if (!table.TryGetValue(name, out var node))
        {
            throw new ModelFileException(_path, $"it has no {kind} '{name}' (it has {string.Join(", ", table.Keys)}).");
        }

        if (node.ElementDataType != Microsoft.ML.OnnxRuntime.Tensors.TensorElementType.Float)
        {
            throw new ModelFileException(_path, $"{kind} '{name}' holds {node.ElementDataType}, expected Float.");
        }

        var actual = node.Dimensions;
        var expected = dims.Prepend(-1).ToArray();
        if (!actual.SequenceEqual(expected))
        {
            throw new ModelFileException(
                _path,
                $"{kind} '{name}' has shape [{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}] (-1 = batch).");
        }
    }
}
