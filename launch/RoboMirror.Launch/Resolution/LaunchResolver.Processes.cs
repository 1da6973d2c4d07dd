using System.Globalization;
using RoboMirror.Launch.Actions;
using RoboMirror.Launch.Parsing;
using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Resolution;

internal sealed partial class LaunchResolver
{
    private ProcessPlan ResolveExecutable(ExecutableAction action)
    {
        var command = EvaluateCommandLine(action.Command);
        if (command.Count == 0)
        {
            throw new LaunchFileException(action.Command.Location, "the command is empty", "cmd=\"program arguments…\"");
        }

        var label = action.Options.Label is { } name ? _evaluator.Evaluate(name) : Path.GetFileName(command[0]);
        return BuildPlan(ProcessKind.Executable, label, command, action.Options, action.Location, node: null, problem: null);
    }

    private ProcessPlan ResolveNode(NodeAction action)
    {
        var package = action.Package is null ? null : _evaluator.Evaluate(action.Package);
        var executable = _evaluator.Evaluate(action.Executable);
        var arguments = new List<string>();
        if (action.Arguments is not null)
        {
            arguments.AddRange(EvaluateCommandLine(action.Arguments));
        }

        if (action.RosArguments is not null)
        {
            arguments.Add("--ros-args");
            arguments.AddRange(EvaluateCommandLine(action.RosArguments));
        }

        // launch_ros's Node: --ros-args, -r __node:=name, -r __ns:=ns, parameters in order, then remappings.
        arguments.Add("--ros-args");
        string? nodeName = null;
        if (action.Name is not null)
        {
            nodeName = _evaluator.Evaluate(action.Name);
            if (RosNames.NodeNameProblem(nodeName) is { } problem)
            {
                throw new LaunchFileException(action.Name.Location, problem, "a valid ROS node name (letters, digits, '_')");
            }

            arguments.AddRange(["-r", $"__node:={nodeName}"]);
        }

        var ownNamespace = action.Namespace is null ? null : _evaluator.Evaluate(action.Namespace);
        var ns = RosNames.MakeAbsolute(RosNames.Prefix(_scope.Configurations.GetValueOrDefault(LaunchScope.RosNamespaceKey), ownNamespace));
        if (ns is not null)
        {
            if (RosNames.NamespaceProblem(ns) is { } problem)
            {
                throw new LaunchFileException(action.Namespace?.Location ?? action.Location, problem, "a valid ROS namespace, e.g. robot1 or /lab/robot1");
            }

            arguments.AddRange(["-r", $"__ns:={ns}"]);
        }

        foreach (var parameter in action.Parameters)
        {
            arguments.AddRange(ResolveParameter(parameter));
        }

        foreach (var remap in action.Remappings)
        {
            arguments.AddRange(["-r", $"{_evaluator.Evaluate(remap.Name)}:={_evaluator.Evaluate(remap.Value)}"]);
        }

        List<string> command;
        string? unrunnable = null;
        if (package is null)
        {
            command = [executable];
        }
        else
        {
            var lookup = _packages.FindExecutable(package, executable);
            command = lookup.Command?.ToList() ?? [];
            unrunnable = lookup.Problem;
        }

        var label = action.Options.Label is { } execName ? _evaluator.Evaluate(execName) : Path.GetFileName(executable);
        var node = new NodeDescription(package, executable, nodeName, ns, arguments);
        return BuildPlan(ProcessKind.Node, label, unrunnable is null ? [.. command, .. arguments] : [], action.Options, action.Location, node, unrunnable);
    }

    private List<string> ResolveParameter(NodeParameter parameter)
    {
        switch (parameter)
        {
            case ParameterFile file:
                var path = Path.GetFullPath(_evaluator.Evaluate(file.Path));
                ParameterFileCheck.Check(path, file.Path.Location);
                return ["--params-file", path];
            case ParameterValue value:
                var name = string.Join('.', value.NamePath.Select(_evaluator.Evaluate));
                var raw = _evaluator.Evaluate(value.Value);
                try
                {
                    return ["-p", $"{name}:={ParameterFormatter.Format(raw, value.Type, value.Separator)}"];
                }
                catch (FormatException e)
                {
                    throw new LaunchFileException(value.Value.Location, $"parameter '{name}': {e.Message}", value.Type ?? "a parameter value");
                }

            default:
                throw new LaunchFileException(parameter.Location, $"unknown parameter kind {parameter.GetType().Name}", "<param>");
        }
    }

    private List<string> EvaluateCommandLine(Template template) =>
        CommandTemplate.Split(template).Select(parts => _evaluator.Evaluate(new Template(parts, template.Location))).ToList();

    private ProcessPlan BuildPlan(ProcessKind kind, string label, List<string> command, ProcessOptions options,
        SourceLocation location, NodeDescription? node, string? problem)
    {
        var environment = new Dictionary<string, string>(_scope.Environment, StringComparer.Ordinal);
        foreach (var variable in options.Environment)
        {
            environment[_evaluator.Evaluate(variable.Name)] = _evaluator.Evaluate(variable.Value);
        }

        if (options.LaunchPrefix is not null && command.Count > 0)
        {
            try
            {
                command.InsertRange(0, ShellWords.Split(_evaluator.Evaluate(options.LaunchPrefix)));
            }
            catch (FormatException e)
            {
                throw new LaunchFileException(options.LaunchPrefix.Location, e.Message, "balanced quotes");
            }
        }

        var output = OutputMode.Log;
        if (options.Output is not null)
        {
            var text = _evaluator.Evaluate(options.Output);
            if (!OutputModes.TryParse(text, out output))
            {
                throw new LaunchFileException(options.Output.Location, $"output is \"{text}\"", "one of: " + string.Join(", ", OutputModes.Names));
            }
        }

        return new ProcessPlan
        {
            Label = $"{label}-{_processes.Count + 1}",
            Kind = kind,
            Command = command,
            Shell = options.Shell,
            WorkingDirectory = options.WorkingDirectory is null ? null : Path.GetFullPath(_evaluator.Evaluate(options.WorkingDirectory)),
            Environment = environment,
            EnvironmentChanges = Changes(_scope.InitialEnvironment, environment),
            Output = output,
            Respawn = options.Respawn is not null && _evaluator.EvaluateBoolean(options.Respawn),
            RespawnDelay = TimeSpan.FromSeconds(options.RespawnDelay ?? 0),
            RespawnMaxRetries = options.RespawnMaxRetries ?? -1,
            ShutdownOnExit = options.ShutdownOnExit,
            SigtermTimeout = TimeSpan.FromSeconds(options.SigtermTimeout ?? ConfiguredSeconds("sigterm_timeout", location)),
            SigkillTimeout = TimeSpan.FromSeconds(options.SigkillTimeout ?? ConfiguredSeconds("sigkill_timeout", location)),
            Node = node,
            Problem = problem,
            Location = location,
        };
    }

    // ROS 2 takes the default escalation timeouts from the launch configurations of the same name, else 5 s.
    private double ConfiguredSeconds(string name, SourceLocation location)
    {
        if (!_scope.Configurations.TryGetValue(name, out var text))
        {
            return 5.0;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? seconds
            : throw new LaunchFileException(location, $"launch configuration {name} is \"{text}\"", "a non-negative number of seconds");
    }

    private static Dictionary<string, string?> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in after)
        {
            if (!before.TryGetValue(key, out var old) || old != value)
            {
                changes[key] = value;
            }
        }

        foreach (var key in before.Keys.Where(k => !after.ContainsKey(k)))
        {
            changes[key] = null;
        }

        return changes;
    }
}
