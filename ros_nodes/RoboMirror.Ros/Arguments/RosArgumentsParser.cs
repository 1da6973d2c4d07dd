using RoboMirror.Ros.Parameters;

namespace RoboMirror.Ros.Arguments;

/// <summary>Parses <c>--ros-args</c> sections as rcl does: <c>-r</c>/<c>--remap</c>, <c>-p</c>/<c>--param</c>, <c>--params-file</c>, logging and enclave flags.</summary>
internal static class RosArgumentsParser
{
    private const string RosArgsFlag = "--ros-args";
    private const string EndFlag = "--";

    private static readonly HashSet<string> AcceptedSwitches = new(StringComparer.Ordinal)
    {
        "--enable-rosout-logs", "--disable-rosout-logs", "--enable-stdout-logs", "--disable-stdout-logs",
        "--enable-external-lib-logs", "--disable-external-lib-logs",
    };

    public static RosArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var remaps = new List<RemapRule>();
        var files = new List<string>();
        var fileOverrides = new List<ParameterOverride>();
        var cliOverrides = new List<ParameterOverride>();
        var nonRos = new List<string>();
        string? logLevel = null;
        string? enclave = null;
        var inRos = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == RosArgsFlag)
            {
                inRos = true;
                continue;
            }

            if (!inRos)
            {
                nonRos.Add(arg);
                continue;
            }

            switch (arg)
            {
                case EndFlag:
                    inRos = false;
                    break;
                case "-r" or "--remap":
                    remaps.Add(ParseRemap(Value(args, ref i)));
                    break;
                case "-p" or "--param":
                    cliOverrides.Add(ParseParameter(Value(args, ref i)));
                    break;
                case "--params-file":
                    var file = Value(args, ref i);
                    files.Add(file);
                    fileOverrides.AddRange(ParameterFile.Load(file));
                    break;
                case "--log-level":
                    logLevel = Value(args, ref i);
                    break;
                case "-e" or "--enclave":
                    enclave = Value(args, ref i);
                    break;
                case var known when AcceptedSwitches.Contains(known):
                    break;
                default:
                    throw new RosException(
                        RosErrorCode.InvalidArguments,
                        $"Unknown ROS argument '{arg}' after --ros-args. Known: -r/--remap from:=to, -p/--param name:=value, --params-file FILE, "
                        + "--log-level LEVEL, -e/--enclave PATH; end the ROS arguments with '--' to pass others to the program.");
            }
        }

        return new RosArguments(remaps, [.. fileOverrides, .. cliOverrides], files, logLevel, enclave, nonRos);
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        var flag = args[i];
        if (i + 1 >= args.Count)
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"ROS argument '{flag}' needs a value after it.");
        }

        i++;
        return args[i];
    }

    private static RemapRule ParseRemap(string rule)
    {
        var (node, from, to) = SplitRule(rule, "-r", "from:=to (e.g. chatter:=/robot/chatter, __node:=talker, __ns:=/robot)");
        if (to.Length == 0 || from.Length == 0)
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"Remap rule '{rule}' needs both sides of ':=', e.g. chatter:=/robot/chatter.");
        }

        return new RemapRule(node, from, to);
    }

    private static ParameterOverride ParseParameter(string rule)
    {
        var (node, name, text) = SplitRule(rule, "-p", "name:=value (e.g. use_sim_time:=true)");
        if (name.Length == 0)
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"Parameter argument '{rule}' has no parameter name before ':='.");
        }

        var value = ParameterYamlValue.Parse(text, out var problem)
            ?? throw new RosException(RosErrorCode.InvalidArguments, $"Parameter argument '-p {rule}': {problem}.");
        var pattern = node is null ? ParameterOverride.AllNodes : "/**/" + node;
        return new ParameterOverride(pattern, name, value, $"-p {rule}");
    }

    private static (string? Node, string Left, string Right) SplitRule(string rule, string flag, string expected)
    {
        var separator = rule.IndexOf(":=", StringComparison.Ordinal);
        if (separator < 0)
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"ROS argument '{flag} {rule}' has no ':='; expected {expected}.");
        }

        var left = rule[..separator];
        var right = rule[(separator + 2)..];
        var colon = left.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (null, left, right) : (left[..colon], left[(colon + 1)..], right);
    }
}
