using RoboMirror.Launch;
using RoboMirror.Launch.Packages;
using RoboMirror.Launch.Resolution;
using RoboMirror.Nodes.Commands;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Nodes.Tests.Nodes;
using RoboMirror.Ros.Arguments;
using RoboMirror.Ros.Parameters;
using Spectre.Console.Testing;
using YamlDotNet.RepresentationModel;

namespace RoboMirror.Nodes.Tests.Commands;

/// <summary>
/// The launch files and parameter files shipped in launch/: each resolves completely (a dry run) with its defaults and
/// with each choice of each argument, names only RoboMirror nodes that exist, and sets on each node only parameters
/// that node declares, with values of the declared type. The declared parameters are read from the nodes themselves,
/// started on the in-process transport; the few that <c>robomirror node</c> declares around a node (the recorder's
/// <c>turns</c>, the clock's <c>speed</c>) are found by running that command with a value of the wrong type.
/// </summary>
public sealed class LaunchFilesTests : IDisposable
{
    /// <summary>Values for the arguments a shipped file requires (no default): a study's participant, a UR's address.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> RequiredArguments = new(StringComparer.Ordinal)
    {
        ["hri_study.launch.xml"] = new(StringComparer.Ordinal) { ["participant"] = "p00", ["condition"] = "mirror" },
        ["lab_ur.launch.xml"] = new(StringComparer.Ordinal) { ["ur_host"] = "192.0.2.10" },
    };

    /// <summary>Variants beyond the choices: switches that add or remove processes.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>[]> ExtraVariants = new(StringComparer.Ordinal)
    {
        ["lab_ur.launch.xml"] = [new(StringComparer.Ordinal) { ["record"] = "false" }],
        ["gazebo.launch.xml"] = [new(StringComparer.Ordinal) { ["gui"] = "false" }],
        ["hri_study.launch.xml"] = [new(StringComparer.Ordinal) { ["use_sim_time"] = "true", ["arm"] = "ros2_control", ["arm_model"] = "fr3" }],
    };

    private static readonly string LaunchFolder = Path.Combine(TestPaths.RepositoryRoot, "launch");

    private readonly string _folder = Directory.CreateTempSubdirectory("robomirror-launch-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> ShippedFiles() => [.. ShippedFileNames()];

    private static List<string> ShippedFileNames() =>
        [.. Directory.GetFiles(LaunchFolder, "*.launch.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void ShippedFiles_IncludeTheStudyAndLabFiles()
    {
        var files = ShippedFileNames();

        Assert.Contains("hri_study.launch.xml", files);
        Assert.Contains("lab_ur.launch.xml", files);
        Assert.Contains("sim.launch.xml", files);
        Assert.Contains("gazebo.launch.xml", files);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Resolve_ShippedFileWithDefaultsAndEachChoice_EveryRoboMirrorNodeRunsHere(string file)
    {
        foreach (var (variant, launch) in Variants(file))
        {
            Assert.NotEmpty(launch.Processes);
            foreach (var process in launch.Processes.Where(p => p.Node?.Package == "robomirror"))
            {
                Assert.True(process.Problem is null, $"{file} {variant}: {process.Label}: {process.Problem}");
                Assert.NotEmpty(process.Command);

                // A substitution's stray line end (e.g. $(command) output) would end up inside a file name or metadata.
                foreach (var given in RosArguments.Parse(process.Node!.Arguments).ParameterOverrides)
                {
                    Assert.False(given.Value.ToString().Contains('\n', StringComparison.Ordinal), $"{file} {variant}: {process.Label}: '{given.Name}' spans lines: {given.Value}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Resolve_ShippedFileWithABadChoice_FailsNamingTheArgumentsLine(string file)
    {
        var path = Path.Combine(LaunchFolder, file);
        var defaults = Resolve(file, Required(file));
        var lines = File.ReadAllLines(path);
        foreach (var argument in defaults.Arguments.Where(a => a.Choices is { Count: > 0 }))
        {
            var arguments = new Dictionary<string, string>(Required(file), StringComparer.Ordinal) { [argument.Name] = "no_such_choice" };

            var e = Assert.Throws<LaunchFileException>(() => Resolve(file, arguments));

            var line = Array.FindIndex(lines, l => l.Contains($"<arg name=\"{argument.Name}\"", StringComparison.Ordinal)) + 1;
            Assert.True(line > 0, $"{file}: no <arg name=\"{argument.Name}\" line");
            Assert.Equal(line, e.Location.Line);
            Assert.Contains($"{path}:{line}:", e.Message, StringComparison.Ordinal);
            Assert.Contains($"argument '{argument.Name}' is \"no_such_choice\"", e.Message, StringComparison.Ordinal);
            Assert.Contains("one of: " + string.Join(", ", argument.Choices!), e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Resolve_StudyFile_StartsTheArmDriverOnlyForSimAndUrAndRecordsTheStudyMetadata()
    {
        var expected = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["sim"] = ["recorder", "partner_perception", "mirror", "turn_controller", "arm_driver"],
            ["ur"] = ["recorder", "partner_perception", "mirror", "turn_controller", "arm_driver"],
            ["ros2_control"] = ["recorder", "partner_perception", "mirror", "turn_controller"],
        };
        foreach (var (arm, nodes) in expected)
        {
            var launch = Resolve("hri_study.launch.xml", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["participant"] = "p07", ["condition"] = "oracle", ["arm"] = arm, ["ur_host"] = "192.0.2.10", ["date"] = "2026-11-29", ["session"] = "s1",
            });

            Assert.Equal(nodes, launch.Processes.Select(p => p.Node!.Executable));
            Assert.Equal("runs/study/p07/p07_oracle_s1.mcap", Parameter(launch, "recorder", "path"));
            var pairs = RecorderNode.ParseMetadata(Parameter(launch, "recorder", "metadata"));
            Assert.Equal("p07", pairs["participant"]);
            Assert.Equal("oracle", pairs["condition"]);
            Assert.Equal(arm, pairs["arm"]);
            Assert.Equal("ur5e", pairs["arm_model"]);
            Assert.Equal("2026-11-29", pairs["date"]);
            Assert.Equal("oracle", Parameter(launch, "turn_controller", "policy"));
            Assert.Equal("oracle", Parameter(launch, "recorder", "policy"));
        }
    }

    [Fact]
    public void Resolve_StudyFileWithDefaults_DatesTheSessionAndNamesItsFileInUtc()
    {
        var launch = Resolve("hri_study.launch.xml", Required("hri_study.launch.xml"));

        var date = RecorderNode.ParseMetadata(Parameter(launch, "recorder", "metadata"))["date"];
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", date);
        Assert.Matches(@"^runs/study/p00/p00_mirror_\d{8}T\d{6}Z\.mcap$", Parameter(launch, "recorder", "path"));
        Assert.Equal(["recorder", "partner_perception", "mirror", "turn_controller", "arm_driver"], launch.Processes.Select(p => p.Node!.Executable));
    }

    [Fact]
    public void Resolve_StudyFileWithUrArm_DrivesAUr5eAtTheGivenHost()
    {
        var launch = Resolve("hri_study.launch.xml", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["participant"] = "p07", ["condition"] = "reactive", ["arm"] = "ur", ["arm_model"] = "fr3", ["ur_host"] = "192.0.2.10",
        });

        Assert.Equal("ur", Parameter(launch, "arm_driver", "driver"));
        Assert.Equal("ur5e", Parameter(launch, "arm_driver", "arm_model"));
        Assert.Equal("192.0.2.10", Parameter(launch, "arm_driver", "ur_host"));
        Assert.Equal("ur5e", Parameter(launch, "turn_controller", "arm_model"));
        Assert.Contains(launch.Messages, m => m.Contains("arm_model fr3 is not used", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedFiles_EveryRoboMirrorExecutableIsListedForRosAndInTheNodeCatalog()
    {
        var listed = File.ReadAllLines(Path.Combine(LaunchFolder, "ros_executables.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ShippedFileNames())
        {
            foreach (var (variant, launch) in Variants(file))
            {
                foreach (var node in launch.Processes.Select(p => p.Node).Where(n => n?.Package == "robomirror"))
                {
                    Assert.True(listed.Contains(node!.Executable), $"{file} {variant}: '{node.Executable}' is not in launch/ros_executables.txt");
                    Assert.True(NodeCatalog.Factories.ContainsKey(node.Executable), $"{file} {variant}: '{node.Executable}' is not a robomirror node");
                    used.Add(node.Executable);
                }
            }
        }

        Assert.Equal(NodeCatalog.Factories.Keys.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string>(["recorder", "partner_perception", "mirror", "turn_controller", "arm_driver"], StringComparer.Ordinal), used);
    }

    [Fact(Timeout = 300_000)]
    public async Task ShippedFiles_EveryParameterSetOnANodeIsDeclaredByItWithItsType()
    {
        await Task.Yield();
        var declared = new Dictionary<string, IReadOnlyDictionary<string, ParameterValue>>(StringComparer.Ordinal);
        var byCommand = new Dictionary<(string Node, string Parameter), bool>();
        var problems = new List<string>();
        var fileSections = new HashSet<(string File, string Pattern)>();
        var usedSections = new HashSet<(string File, string Pattern)>();
        foreach (var file in ShippedFileNames())
        {
            foreach (var (variant, launch) in Variants(file))
            {
                foreach (var node in launch.Processes.Select(p => p.Node).Where(n => n?.Package == "robomirror"))
                {
                    if (!NodeCatalog.Factories.ContainsKey(node!.Executable))
                    {
                        problems.Add($"{file} {variant}: '{node.Executable}' is not a robomirror node");
                        continue;
                    }

                    var name = (node.Namespace ?? string.Empty).TrimEnd('/') + "/" + (node.Name ?? node.Executable);
                    var overrides = RosArguments.Parse(node.Arguments).ParameterOverrides;
                    if (!declared.TryGetValue(node.Executable, out var parameters))
                    {
                        parameters = DeclaredParameters(node.Executable);
                        declared[node.Executable] = parameters;
                    }

                    foreach (var given in overrides)
                    {
                        var section = given.FromCommandLine ? default : (FileOf(given.Source), given.NodePattern);
                        if (!given.FromCommandLine)
                        {
                            fileSections.Add(section);
                        }

                        if (!given.AppliesTo(name))
                        {
                            continue;
                        }

                        if (!given.FromCommandLine)
                        {
                            usedSections.Add(section);
                        }

                        var where = $"{file} {variant}: {name}: '{given.Name}' ({given.Source})";
                        if (parameters.TryGetValue(given.Name, out var value))
                        {
                            if (given.Value.ConvertTo(value.Type) is null)
                            {
                                problems.Add($"{where} is a {given.Value.Type}, the node declares a {value.Type}");
                            }
                        }
                        else if (!byCommand.TryGetValue((node.Executable, given.Name), out var found))
                        {
                            found = await DeclaredByNodeCommandAsync(node.Executable, given.Name, given.Value);
                            byCommand[(node.Executable, given.Name)] = found;
                            if (!found)
                            {
                                problems.Add($"{where} is not declared by the node");
                            }
                        }
                        else if (!found)
                        {
                            problems.Add($"{where} is not declared by the node");
                        }
                    }
                }
            }
        }

        problems.AddRange(fileSections.Except(usedSections).Select(s => $"{s.File}: section '{s.Pattern}' applies to no node that loads the file"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct(StringComparer.Ordinal)));
        Assert.Contains(("recorder", "turns"), byCommand.Where(p => p.Value).Select(p => p.Key));
    }

    [Fact(Timeout = 120_000)]
    public async Task DeclaredByNodeCommand_ParameterNoNodeDeclares_IsNotFound()
    {
        Assert.False(await DeclaredByNodeCommandAsync("sim_clock", "speeed", ParameterValue.From(2.0)));
        Assert.True(await DeclaredByNodeCommandAsync("sim_clock", "speed", ParameterValue.From(2.0)));
    }

    [Fact]
    public void ConfigFolder_EveryParameterFileIsAcceptedByTheRosClientsParser()
    {
        var checkedFiles = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(LaunchFolder, "config"), "*.yaml"))
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                yaml.Load(reader);
            }

            if (yaml.Documents[0].RootNode is YamlSequenceNode)
            {
                continue; // ros_gz_bridge's list of bridged topics, not a parameter file.
            }

            var overrides = ParameterFile.Load(path);
            Assert.NotEmpty(overrides);
            Assert.All(overrides, o => Assert.DoesNotContain("ros__parameters", o.Name, StringComparison.Ordinal));
            checkedFiles++;
        }

        Assert.True(checkedFiles >= 4, $"{checkedFiles} parameter files");
    }

    [Fact]
    public void ParameterFile_StudySettings_GiveTheControllerAndPerceptionTheirSections()
    {
        var overrides = ParameterFile.Load(Path.Combine(LaunchFolder, "config", "turn_taking.yaml"));

        Assert.Contains(overrides, o => o.AppliesTo("/turn_controller") && o.Name == "resume_grace_ms" && o.Value.Equals(ParameterValue.From(2500.0)));
        Assert.Contains(overrides, o => o.AppliesTo("/partner_perception") && o.Name == "segmenter_min_off_ms");
        Assert.DoesNotContain(overrides, o => o.AppliesTo("/recorder"));
    }

    private static Dictionary<string, string> Required(string file) =>
        RequiredArguments.TryGetValue(file, out var values) ? values : new(StringComparer.Ordinal);

    private static ResolvedLaunch Resolve(string file, IReadOnlyDictionary<string, string> arguments) =>
        LaunchInterpreter.Resolve(Path.Combine(LaunchFolder, file), arguments, PackageMap.CreateDefault(["robomirror"], LaunchFolder, amentPrefixPath: null));

    /// <summary>The file resolved with its defaults, then with each choice of each argument, then the extra variants.</summary>
    private static IEnumerable<(string Variant, ResolvedLaunch Launch)> Variants(string file)
    {
        var defaults = Resolve(file, Required(file));
        yield return ("(defaults)", defaults);
        foreach (var argument in defaults.Arguments.Where(a => a.Choices is { Count: > 0 }))
        {
            foreach (var choice in argument.Choices!)
            {
                var arguments = new Dictionary<string, string>(Required(file), StringComparer.Ordinal) { [argument.Name] = choice };
                yield return ($"{argument.Name}:={choice}", Resolve(file, arguments));
            }
        }

        foreach (var extra in ExtraVariants.GetValueOrDefault(file) ?? [])
        {
            var arguments = new Dictionary<string, string>(Required(file), StringComparer.Ordinal);
            foreach (var (name, value) in extra)
            {
                arguments[name] = value;
            }

            yield return (string.Join(' ', extra.Select(p => $"{p.Key}:={p.Value}")), Resolve(file, arguments));
        }
    }

    /// <summary>The value a node gets for a parameter (its last override: files first, then <c>-p</c>), read as the ROS client reads its command line.</summary>
    private static string Parameter(ResolvedLaunch launch, string executable, string name) =>
        RosArguments.Parse(launch.Processes.Single(p => p.Node?.Executable == executable).Node!.Arguments)
            .ParameterOverrides.Last(o => o.Name == name && o.AppliesTo("/" + executable)).Value.ToString();

    // "…/config/turn_taking.yaml:7" → "…/config/turn_taking.yaml".
    private static string FileOf(string source) => source[..source.LastIndexOf(':')];

    /// <summary>The parameters the node declares, read from it on the in-process transport (settings that keep it quick and offline).</summary>
    private IReadOnlyDictionary<string, ParameterValue> DeclaredParameters(string executable)
    {
        var settings = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        switch (executable)
        {
            case SimulatedPartnerNode.NodeName or TurnControllerNode.NodeName:
                settings["partner_source"] = "synthetic";
                break;
            case MirrorNode.NodeName:
                settings["model_path"] = TestPaths.TinyObservationModel;
                settings["execution_model_path"] = Path.Combine(_folder, "no-execution-model.onnx");
                break;
            case RecorderNode.NodeName:
                settings["path"] = Path.Combine(_folder, $"declared-{Guid.NewGuid():N}.mcap");
                break;
        }

        using var harness = new NodeHarness();
        var node = harness.CreateNode(executable, settings);
        using (NodeCatalog.Factories[executable](node))
        {
            return node.Parameters;
        }
    }

    /// <summary>
    /// Whether <c>robomirror node EXECUTABLE</c> declares <paramref name="parameter"/> around the node: given a value of
    /// another type than <paramref name="value"/>'s, a declared parameter stops the command at once with its name.
    /// </summary>
    private async Task<bool> DeclaredByNodeCommandAsync(string executable, string parameter, ParameterValue value)
    {
        var wrong = value.Type == ParameterType.String ? "1" : "not_a_number";
        using var console = new TestConsole().Width(400);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var args = new List<string> { "node", executable, "--transport", "inprocess", "--ros-args", "-p", $"{parameter}:={wrong}" };
        if (executable == RecorderNode.NodeName)
        {
            args.AddRange(["-p", $"path:={Path.Combine(_folder, $"probe-{Guid.NewGuid():N}.mcap")}"]);
        }

        int exit;
        try
        {
            exit = await CommandLine.Build(console).RunAsync(args, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return false; // still running: the parameter was not read
        }

        return exit == 1 && console.Output.Contains($"Parameter '{parameter}'", StringComparison.Ordinal);
    }
}
