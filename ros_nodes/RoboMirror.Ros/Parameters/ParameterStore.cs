namespace RoboMirror.Ros.Parameters;

/// <summary>
/// A node's declared parameters and the overrides waiting for them. Overrides apply in layers, later ones
/// winning: parameter files (in each file, <c>/**</c>-style entries before entries for this node), then
/// <c>-p</c> arguments, node-local arguments over global ones, and finally <see cref="NodeOptions.ParameterOverrides"/>.
/// Thread-safe.
/// </summary>
internal sealed class ParameterStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ParameterValue> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ParameterValue Value, string Source)> _overrides = new(StringComparer.Ordinal);
    private readonly string _node;

    /// <param name="node">The node's fully qualified name.</param>
    /// <param name="layers">Override lists in increasing precedence (global arguments, then node-local arguments).</param>
    /// <param name="explicitOverrides">Values from <see cref="NodeOptions.ParameterOverrides"/>, applied last.</param>
    public ParameterStore(string node, IEnumerable<IReadOnlyList<ParameterOverride>> layers, IReadOnlyDictionary<string, ParameterValue> explicitOverrides)
    {
        _node = node;
        foreach (var layer in layers)
        {
            // Files in the order given, within each file wildcard sections before this node's own; then -p.
            var files = layer.Where(o => !o.FromCommandLine).Select(o => SourceFile(o.Source)).Distinct(StringComparer.Ordinal).ToList();
            var ordered = layer
                .Where(o => o.AppliesTo(node))
                .OrderBy(o => o.FromCommandLine)
                .ThenBy(o => o.FromCommandLine ? 0 : files.IndexOf(SourceFile(o.Source)))
                .ThenBy(o => !o.FromCommandLine && !o.IsWildcard);
            foreach (var entry in ordered)
            {
                _overrides[entry.Name] = (entry.Value, entry.Source);
            }
        }

        foreach (var (name, value) in explicitOverrides)
        {
            _overrides[name] = (value, "NodeOptions.ParameterOverrides");
        }
    }

    public IReadOnlyDictionary<string, ParameterValue> Snapshot()
    {
        lock (_gate)
        {
            return new Dictionary<string, ParameterValue>(_declared, StringComparer.Ordinal);
        }
    }

    public ParameterValue Declare(string name, ParameterValue defaultValue)
    {
        ValidateName(name);
        ArgumentNullException.ThrowIfNull(defaultValue);
        lock (_gate)
        {
            if (_declared.ContainsKey(name))
            {
                throw new RosException(RosErrorCode.ParameterAlreadyDeclared, $"Parameter '{name}' of node '{_node}' is already declared; declare each parameter once and read it with GetParameter.");
            }

            var value = defaultValue;
            if (_overrides.TryGetValue(name, out var given))
            {
                value = given.Value.ConvertTo(defaultValue.Type) ?? throw new RosException(
                    RosErrorCode.ParameterTypeMismatch,
                    $"Parameter '{name}' of node '{_node}' is a {Describe(defaultValue.Type)}, but {given.Source} gives the {Describe(given.Value.Type)} '{given.Value}'. Give it a {Describe(defaultValue.Type)} value there.");
            }

            _declared.Add(name, value);
            return value;
        }
    }

    public bool Has(string name)
    {
        lock (_gate)
        {
            return _declared.ContainsKey(name);
        }
    }

    public ParameterValue Get(string name)
    {
        lock (_gate)
        {
            return _declared.TryGetValue(name, out var value) ? value : throw NotDeclared(name);
        }
    }

    public void Set(string name, ParameterValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (!_declared.TryGetValue(name, out var current))
            {
                throw NotDeclared(name);
            }

            _declared[name] = value.ConvertTo(current.Type) ?? throw new RosException(
                RosErrorCode.ParameterTypeMismatch,
                $"Parameter '{name}' of node '{_node}' is a {Describe(current.Type)}; it cannot be set to the {Describe(value.Type)} '{value}'.");
        }
    }

    /// <summary>How a parameter type reads in messages: <c>double</c>, <c>string array</c>.</summary>
    public static string Describe(ParameterType type) => type switch
    {
        ParameterType.Bool => "bool",
        ParameterType.Integer => "integer",
        ParameterType.Double => "double",
        ParameterType.String => "string",
        ParameterType.BoolArray => "bool array",
        ParameterType.IntegerArray => "integer array",
        ParameterType.DoubleArray => "double array",
        _ => "string array",
    };

    // "config/study.yaml:12" → "config/study.yaml".
    private static string SourceFile(string source) => source[..Math.Max(0, source.LastIndexOf(':'))];

    private RosException NotDeclared(string name) =>
        new(RosErrorCode.ParameterNotDeclared, $"Parameter '{name}' of node '{_node}' is not declared; call DeclareParameter(\"{name}\", default) first.");

    private static void ValidateName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.StartsWith('.') || name.EndsWith('.') || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/')))
        {
            throw new RosException(RosErrorCode.InvalidName, $"Parameter name '{name}' is invalid: use letters, digits, underscores, and dots between nested names.");
        }
    }
}
