using RoboMirror.Ros.Parameters;

namespace RoboMirror.Ros;

/// <summary>The node's parameters (see <see cref="ParameterStore"/> for the override layers).</summary>
internal sealed partial class Node
{
    public IReadOnlyDictionary<string, ParameterValue> Parameters => _parameters.Snapshot();

    public T DeclareParameter<T>(string name, T defaultValue)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(defaultValue);
        var declared = _parameters.Declare(name, ParameterValue.FromClr(defaultValue));
        return Read<T>(name, declared);
    }

    public ParameterValue DeclareParameter(string name, ParameterValue defaultValue) => _parameters.Declare(name, defaultValue);

    public bool HasParameter(string name) => _parameters.Has(name);

    public T GetParameter<T>(string name)
        where T : notnull => Read<T>(name, _parameters.Get(name));

    public ParameterValue GetParameter(string name) => _parameters.Get(name);

    public void SetParameter(string name, ParameterValue value) => _parameters.Set(name, value);

    private T Read<T>(string name, ParameterValue value) =>
        value.TryGet<T>(out var typed)
            ? typed
            : throw new RosException(
                RosErrorCode.ParameterTypeMismatch,
                $"Parameter '{name}' of node '{FullyQualifiedName}' is a {ParameterStore.Describe(value.Type)} ({value}); read it as that type, not as {typeof(T).Name}.");
}
