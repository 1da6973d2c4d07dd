using RoboMirror.Launch.Actions;
using RoboMirror.Launch.Packages;
using RoboMirror.Launch.Parsing;
using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Resolution;

/// <summary>
/// Visits a launch file's actions in order, as ROS 2's launch service does, and collects the processes they start.
/// Includes are not scoped (arguments and lets leak into the includer, as in ROS 2); groups are scoped unless
/// <c>scoped="false"</c>.
/// </summary>
internal sealed partial class LaunchResolver
{
    private const int MaxIncludeDepth = 32;

    private readonly IPackageLookup _packages;
    private readonly LaunchScope _scope;
    private readonly SubstitutionEvaluator _evaluator;
    private readonly List<ProcessPlan> _processes = [];
    private readonly List<LaunchArgument> _arguments = [];
    private readonly List<string> _messages = [];
    private readonly Stack<string> _includeStack = new();

    public LaunchResolver(IPackageLookup packages, IReadOnlyDictionary<string, string> environment,
        IReadOnlyDictionary<string, string> arguments, ICommandSubstitutionRunner commands)
    {
        _packages = packages;
        _scope = new LaunchScope(environment, arguments);
        _evaluator = new SubstitutionEvaluator(_scope, packages, commands);
    }

    public ResolvedLaunch Resolve(LaunchFile file)
    {
        _includeStack.Push(file.Path);
        Visit(file.Actions);
        return new ResolvedLaunch(file.Path, _processes, _arguments, _messages);
    }

    private void Visit(IEnumerable<LaunchAction> actions)
    {
        foreach (var action in actions)
        {
            if (action.Condition is { } condition && _evaluator.EvaluateCondition(condition.Expression) == condition.Negated)
            {
                continue;
            }

            Visit(action);
        }
    }

    private void Visit(LaunchAction action)
    {
        switch (action)
        {
            case DeclareArgumentAction argument:
                DeclareArgument(argument);
                break;
            case SetConfigurationAction let:
                _scope.Configurations[_evaluator.Evaluate(let.Name)] = _evaluator.Evaluate(let.Value);
                break;
            case SetEnvironmentAction set:
                _scope.Environment[_evaluator.Evaluate(set.Name)] = _evaluator.Evaluate(set.Value);
                break;
            case UnsetEnvironmentAction unset:
                _scope.Environment.Remove(_evaluator.Evaluate(unset.Name));
                break;
            case PushNamespaceAction push:
                PushNamespace(push);
                break;
            case LogAction log:
                _messages.Add(LogLine(log));
                break;
            case GroupAction group:
                VisitGroup(group);
                break;
            case IncludeAction include:
                VisitInclude(include);
                break;
            case ExecutableAction executable:
                _processes.Add(ResolveExecutable(executable));
                break;
            case NodeAction node:
                _processes.Add(ResolveNode(node));
                break;
            default:
                throw new LaunchFileException(action.Location, $"no resolver for {action.GetType().Name}", "a supported tag");
        }
    }

    private void DeclareArgument(DeclareArgumentAction argument)
    {
        if (!_scope.Configurations.TryGetValue(argument.Name, out var value))
        {
            if (argument.Default is null)
            {
                throw new LaunchFileException(argument.Location, $"required launch argument '{argument.Name}' was not provided"
                    + (argument.Description is null ? string.Empty : $" ({argument.Description})"), $"{argument.Name}:=value");
            }

            value = _evaluator.Evaluate(argument.Default);
            _scope.Configurations[argument.Name] = value;
        }

        if (argument.Choices is { } choices && !choices.Contains(value, StringComparer.Ordinal))
        {
            throw new LaunchFileException(argument.Location, $"argument '{argument.Name}' is \"{value}\"", "one of: " + string.Join(", ", choices));
        }

        _arguments.Add(new LaunchArgument(argument.Name, value, argument.Description, argument.Choices));
    }

    // ROS 2's <log level>: one of Python's logging levels; INFO lines are written without a level.
    private string LogLine(LogAction log)
    {
        var message = _evaluator.Evaluate(log.Message);
        if (log.Level is null)
        {
            return message;
        }

        var level = _evaluator.Evaluate(log.Level).ToUpperInvariant();
        return level switch
        {
            "INFO" => message,
            "DEBUG" or "WARNING" or "ERROR" or "CRITICAL" => $"{level}: {message}",
            _ => throw new LaunchFileException(log.Level.Location, $"log level \"{level}\"", "DEBUG, INFO, WARNING, ERROR or CRITICAL"),
        };
    }

    private void PushNamespace(PushNamespaceAction push)
    {
        var pushed = _evaluator.Evaluate(push.Namespace);
        var previous = _scope.Configurations.GetValueOrDefault(LaunchScope.RosNamespaceKey);
        var ns = RosNames.MakeAbsolute(RosNames.Prefix(previous, pushed))!;
        if (RosNames.NamespaceProblem(ns) is { } problem)
        {
            throw new LaunchFileException(push.Namespace.Location, problem, "a valid ROS namespace, e.g. robot1 or /lab/robot1");
        }

        _scope.Configurations[LaunchScope.RosNamespaceKey] = ns;
    }

    private void VisitGroup(GroupAction group)
    {
        if (!group.Scoped)
        {
            SetAll(group.Keep);
            Visit(group.Actions);
            return;
        }

        // A non-forwarding group evaluates its keeps before clearing, then starts from them alone.
        var keep = group.Keep.Select(k => (Name: _evaluator.Evaluate(k.Name), Value: _evaluator.Evaluate(k.Value))).ToList();
        _scope.Push(group.Forwarding);
        try
        {
            foreach (var (name, value) in keep)
            {
                _scope.Configurations[name] = value;
            }

            Visit(group.Actions);
        }
        finally
        {
            _scope.Pop();
        }
    }

    private void SetAll(IEnumerable<NameValue> pairs)
    {
        foreach (var pair in pairs)
        {
            _scope.Configurations[_evaluator.Evaluate(pair.Name)] = _evaluator.Evaluate(pair.Value);
        }
    }

    private void VisitInclude(IncludeAction include)
    {
        var path = Path.GetFullPath(_evaluator.Evaluate(include.File));
        if (!path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            throw new LaunchFileException(include.File.Location, $"'{path}' is not an XML launch file",
                "a .launch.xml file (Python and YAML launch files run only with ros2 launch)");
        }

        if (!File.Exists(path))
        {
            throw new LaunchFileException(include.File.Location, $"included file '{path}' does not exist",
                "an existing file; a path relative to this file is written $(dirname)/name.launch.xml");
        }

        if (_includeStack.Contains(path, StringComparer.Ordinal) || _includeStack.Count >= MaxIncludeDepth)
        {
            throw new LaunchFileException(include.Location, $"'{path}' includes itself (through {string.Join(" → ", _includeStack.Reverse())})", "includes without a cycle");
        }

        var included = LaunchFileParser.ParseFile(path);
        var given = include.Arguments.Select(a => (Name: _evaluator.Evaluate(a.Name), Value: _evaluator.Evaluate(a.Value))).ToList();
        var missing = included.RequiredArguments.Where(a => !given.Any(g => g.Name == a.Name)).Select(a => a.Name).ToList();
        if (missing.Count > 0)
        {
            throw new LaunchFileException(include.Location, $"included file '{path}' needs argument(s) {string.Join(", ", missing)}",
                string.Join(" ", missing.Select(m => $"<arg name=\"{m}\" value=\"…\"/>")) + " inside <include>");
        }

        foreach (var (name, value) in given)
        {
            _scope.Configurations[name] = value;
        }

        _includeStack.Push(path);
        Visit(included.Actions);
        _includeStack.Pop();
    }
}
