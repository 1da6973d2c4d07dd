using System.Globalization;
using System.Text;
using RoboMirror.Launch.Packages;
using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Resolution;

/// <summary>
/// Evaluates templates against the launch scope, with the meaning ROS 2 gives each substitution. Every failure becomes
/// a <see cref="LaunchFileException"/> at the attribute that holds the substitution.
/// </summary>
internal sealed partial class SubstitutionEvaluator(LaunchScope scope, IPackageLookup packages, ICommandSubstitutionRunner commands)
{
    private readonly Dictionary<string, string> _anonymousNames = new(StringComparer.Ordinal);

    public string Evaluate(Template template)
    {
        var text = new StringBuilder();
        foreach (var part in template.Parts)
        {
            text.Append(part switch
            {
                TextPart t => t.Text,
                SubstitutionPart s => Perform(s, template.Location),
                _ => throw new InvalidOperationException($"unknown template part {part.GetType().Name}"),
            });
        }

        return text.ToString();
    }

    /// <summary>An <c>if</c>/<c>unless</c> expression: true/1 or false/0 in any case, after substitution.</summary>
    public bool EvaluateCondition(Template template)
    {
        var value = Evaluate(template);
        return BooleanText.TryParseCondition(value, out var result)
            ? result
            : throw new LaunchFileException(template.Location, $"the condition \"{template}\" evaluated to \"{value}\"", "true, false, 1 or 0");
    }

    /// <summary>A typed boolean (respawn, arguments of not/and/or): YAML's true/false, yes/no, on/off, or 1/0.</summary>
    public bool EvaluateBoolean(Template template)
    {
        var value = Evaluate(template);
        return BooleanText.TryParse(value, out var result)
            ? result
            : throw new LaunchFileException(template.Location, $"\"{template}\" evaluated to \"{value}\"", "a boolean (true or false)");
    }

    private string Perform(SubstitutionPart s, SourceLocation location)
    {
        try
        {
            return PerformUnchecked(s, location);
        }
        catch (SubstitutionFailure failure)
        {
            throw new LaunchFileException(location, $"{s}: {failure.Message}", failure.Expected);
        }
    }

    private string PerformUnchecked(SubstitutionPart s, SourceLocation location)
    {
        var args = s.Arguments;
        switch (s.Name)
        {
            case "var":
                var name = Evaluate(args[0]);
                if (scope.Configurations.TryGetValue(name, out var value))
                {
                    return value;
                }

                return args.Count == 2
                    ? Evaluate(args[1])
                    : throw new SubstitutionFailure($"launch configuration '{name}' does not exist", $"<arg name=\"{name}\"> or <let name=\"{name}\"> before this point, or {name}:=value on the command line");
            case "env":
            case "optenv":
                var variable = Evaluate(args[0]);
                if (scope.Environment.TryGetValue(variable, out var env))
                {
                    return env;
                }

                if (args.Count == 2)
                {
                    return Evaluate(args[1]);
                }

                return s.Name == "optenv"
                    ? string.Empty
                    : throw new SubstitutionFailure($"environment variable '{variable}' does not exist", $"it set, or a default: $(env {variable} default)");
            case "find-pkg-share":
                var package = Evaluate(args[0]);
                return packages.FindShare(package)
                    ?? throw new SubstitutionFailure($"package '{package}' not found", packages.HowToMap(package));
            case "find-pkg-prefix":
                var prefixPackage = Evaluate(args[0]);
                return packages.FindPrefix(prefixPackage)
                    ?? throw new SubstitutionFailure($"package '{prefixPackage}' not found", packages.HowToMap(prefixPackage));
            case "exec-in-pkg":
                return ExecutableInPackage(Evaluate(args[1]), Evaluate(args[0]));
            case "find-exec":
                return FindExecutable(Evaluate(args[0]));
            case "dirname":
                return Path.GetDirectoryName(location.File) ?? string.Empty;
            case "filename":
                return location.File;
            case "anon":
                return Anonymous(Evaluate(args[0]));
            case "command":
                return RunCommand(Evaluate(args[0]), args.Count == 2 ? Evaluate(args[1]) : "fail");
            case "eval":
                return EvaluatePython(Evaluate(args[0]));
            default:
                return PerformLogic(s);
        }
    }

    private string ExecutableInPackage(string package, string executable)
    {
        var lookup = packages.FindExecutable(package, executable);
        return lookup.Command switch
        {
            [var single] => single,
            { } command => string.Join(' ', command.Select(ShellWords.Quote)),
            null => throw new SubstitutionFailure(lookup.Problem!, packages.HowToMap(package)),
        };
    }

    private string FindExecutable(string name)
    {
        var path = scope.Environment.GetValueOrDefault("PATH", string.Empty);
        foreach (var directory in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new SubstitutionFailure($"executable '{name}' not found on the PATH", "an executable on the PATH");
    }

    // launch's AnonName: name_host_pid_random with '.', '-' and ':' made underscores; one value per name per launch.
    private string Anonymous(string name)
    {
        if (!_anonymousNames.TryGetValue(name, out var anonymous))
        {
            var raw = string.Create(CultureInfo.InvariantCulture, $"{name}_{System.Environment.MachineName}_{System.Environment.ProcessId}_{Random.Shared.NextInt64(0, long.MaxValue)}");
            anonymous = raw.Replace('.', '_').Replace('-', '_').Replace(':', '_');
            _anonymousNames[name] = anonymous;
        }

        return anonymous;
    }

    private string RunCommand(string command, string onStderr)
    {
        if (onStderr is not ("fail" or "ignore" or "warn" or "capture"))
        {
            throw new SubstitutionFailure($"on_stderr is '{onStderr}'", "fail, ignore, warn or capture");
        }

        List<string> words;
        try
        {
            words = ShellWords.Split(command);
        }
        catch (FormatException e)
        {
            throw new SubstitutionFailure(e.Message, "a command with balanced quotes");
        }

        if (words.Count == 0)
        {
            throw new SubstitutionFailure("the command is empty", "a command line");
        }

        var result = commands.Run(words, scope.Environment);
        if (result.StartError is not null)
        {
            throw new SubstitutionFailure($"the command could not start: {result.StartError}", "a command that exists");
        }

        if (result.ExitCode != 0)
        {
            throw new SubstitutionFailure($"the command '{command}' exited with {result.ExitCode}; stderr: {result.Stderr.Trim()}", "a command that succeeds");
        }

        if (result.Stderr.Length > 0 && onStderr == "fail")
        {
            throw new SubstitutionFailure($"the command '{command}' wrote to stderr: {result.Stderr.Trim()}", "no stderr output, or $(command '…' ignore)");
        }

        return onStderr == "capture" ? result.Stdout + result.Stderr : result.Stdout;
    }

    private static string EvaluatePython(string expression)
    {
        try
        {
            return PythonExpression.Evaluate(expression);
        }
        catch (PythonExpressionException e)
        {
            throw new SubstitutionFailure($"cannot evaluate '{expression}': {e.Message}", "simple Python: arithmetic, comparisons, and/or/not, quoted strings");
        }
        catch (OverflowException)
        {
            throw new SubstitutionFailure($"cannot evaluate '{expression}': integer overflow", "integers within 64 bits");
        }
    }
}
