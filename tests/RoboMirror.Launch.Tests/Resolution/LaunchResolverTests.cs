using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Tests.Resolution;

public sealed class LaunchResolverTests : IDisposable
{
    private readonly LaunchFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private IReadOnlyList<string> Commands(string body, params string[] arguments) =>
        _fixture.Resolve(body, arguments).Processes.Select(p => string.Join(' ', p.Command)).ToList();

    [Fact]
    public void Resolve_ArgumentDefault_IsUsedWhenNotGiven() =>
        Assert.Equal(["echo ur5e"], Commands("<arg name=\"robot\" default=\"ur5e\"/><executable cmd=\"echo $(var robot)\"/>"));

    [Fact]
    public void Resolve_ArgumentGiven_OverridesTheDefault() =>
        Assert.Equal(["echo fr3"], Commands("<arg name=\"robot\" default=\"ur5e\"/><executable cmd=\"echo $(var robot)\"/>", "robot:=fr3"));

    [Fact]
    public void Resolve_RequiredArgumentMissing_ThrowsNamingIt()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<arg name=\"participant\" description=\"participant id\"/>"));

        Assert.Contains("required launch argument 'participant' was not provided (participant id)", error.Problem, StringComparison.Ordinal);
        Assert.Equal("participant:=value", error.Expected);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Resolve_ArgumentNotAChoice_ThrowsListingTheChoices()
    {
        var error = Assert.Throws<LaunchFileException>(() =>
            _fixture.Resolve("<arg name=\"robot\" default=\"ur5e\"><choice value=\"ur5e\"/><choice value=\"fr3\"/></arg>", "robot:=kinova"));

        Assert.Equal("one of: ur5e, fr3", error.Expected);
    }

    [Fact]
    public void Resolve_UndefinedVariable_ThrowsAtTheAttribute()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<executable\n   cmd=\"echo $(var nope)\"/>"));

        Assert.Equal(3, error.Location.Line);
        Assert.Contains("launch configuration 'nope' does not exist", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_VarWithDefault_UsesTheDefault() =>
        Assert.Equal(["echo fallback"], Commands("<executable cmd=\"echo $(var nope fallback)\"/>"));

    [Fact]
    public void Resolve_Let_SetsAConfiguration() =>
        Assert.Equal(["echo 1000"], Commands("<let name=\"rate\" value=\"$(eval '2 * 500')\"/><executable cmd=\"echo $(var rate)\"/>"));

    [Theory]
    [InlineData("if=\"true\"", 1)]
    [InlineData("if=\"False\"", 0)]
    [InlineData("if=\"1\"", 1)]
    [InlineData("unless=\"true\"", 0)]
    [InlineData("if=\"$(eval &quot;'$(var robot)' == 'ur5e'&quot;)\"", 1)]
    [InlineData("if=\"$(equals $(var robot) fr3)\"", 0)]
    [InlineData("if=\"$(and $(var sim) $(not $(var real)))\"", 1)]
    [InlineData("if=\"$(or false $(var real))\"", 0)]
    [InlineData("unless=\"$(notequals $(var robot) ur5e)\"", 1)]
    public void Resolve_Condition_DecidesWhetherTheActionRuns(string condition, int expected)
    {
        var launch = _fixture.Resolve($"""
            <arg name="robot" default="ur5e"/><arg name="sim" default="true"/><arg name="real" default="false"/>
            <executable cmd="true" {condition}/>
            """);

        Assert.Equal(expected, launch.Processes.Count);
    }

    [Fact]
    public void Resolve_ConditionNotBoolean_Throws()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<executable cmd=\"true\" if=\"maybe\"/>"));

        Assert.Equal("true, false, 1 or 0", error.Expected);
    }

    [Fact]
    public void Resolve_ConditionalGroup_SkipsEverythingInside() =>
        Assert.Empty(Commands("<group if=\"false\"><executable cmd=\"a\"/><arg name=\"never\"/></group>"));

    [Fact]
    public void Resolve_ScopedGroup_ForgetsItsLetsButForwardsOuterOnes() =>
        Assert.Equal(["echo in outer", "echo outer"], Commands("""
            <let name="x" value="outer"/>
            <group><let name="y" value="in"/><executable cmd="echo $(var y) $(var x)"/><let name="x" value="changed"/></group>
            <executable cmd="echo $(var x)"/>
            """));

    [Fact]
    public void Resolve_UnscopedGroup_KeepsItsLets() =>
        Assert.Equal(["echo in"], Commands("<group scoped=\"false\"><let name=\"y\" value=\"in\"/></group><executable cmd=\"echo $(var y)\"/>"));

    [Fact]
    public void Resolve_NonForwardingGroup_StartsFromItsKeepsOnly()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("""
            <let name="x" value="outer"/>
            <group forwarding="false"><keep name="k" value="$(var x)"/><executable cmd="echo $(var k)"/><executable cmd="echo $(var x)"/></group>
            """));

        Assert.Contains("'x' does not exist", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SetAndUnsetEnv_ShapeTheProcessEnvironment()
    {
        _fixture.Environment["REMOVE_ME"] = "1";
        var plan = Assert.Single(_fixture.Resolve("""
            <set_env name="ROS_DOMAIN_ID" value="42"/>
            <unset_env name="REMOVE_ME"/>
            <executable cmd="env"><env name="ONLY_HERE" value="$(env ROS_DOMAIN_ID)"/></executable>
            """).Processes);

        Assert.Equal("42", plan.Environment["ROS_DOMAIN_ID"]);
        Assert.Equal("42", plan.Environment["ONLY_HERE"]);
        Assert.False(plan.Environment.ContainsKey("REMOVE_ME"));
        Assert.Null(plan.EnvironmentChanges["REMOVE_ME"]);
    }

    [Fact]
    public void Resolve_SetEnvInsideScopedGroup_DoesNotLeak()
    {
        var launch = _fixture.Resolve("<group><set_env name=\"A\" value=\"1\"/></group><executable cmd=\"env\"/>");

        Assert.False(Assert.Single(launch.Processes).Environment.ContainsKey("A"));
    }

    [Theory]
    [InlineData("$(env NOT_SET_ANYWHERE default)", "default")]
    [InlineData("$(optenv NOT_SET_ANYWHERE)", "")]
    [InlineData("$(env HOME)", "HOME")]
    public void Resolve_EnvSubstitution_ReadsTheLaunchEnvironment(string substitution, string expected)
    {
        var plan = Assert.Single(_fixture.Resolve($"<executable cmd=\"echo\"><env name=\"V\" value=\"{substitution}\"/></executable>").Processes);

        Assert.Equal(expected == "HOME" ? _fixture.Folder : expected, plan.Environment["V"]);
    }

    [Fact]
    public void Resolve_EnvSubstitutionMissingWithoutDefault_Throws()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<executable cmd=\"echo $(env NOT_SET_ANYWHERE)\"/>"));

        Assert.Contains("environment variable 'NOT_SET_ANYWHERE' does not exist", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_DirnameAndFindPkgShare_GiveFolders() =>
        Assert.Equal([$"echo {_fixture.Folder} {_fixture.Folder}/urdf"], Commands("<executable cmd=\"echo $(dirname) $(find-pkg-share robomirror)/urdf\"/>"));

    [Fact]
    public void Resolve_FindPkgShareOfUnknownPackage_ThrowsWithHowToMap()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<executable cmd=\"ls $(find-pkg-share ur_description)\"/>"));

        Assert.Contains("package 'ur_description' not found", error.Problem, StringComparison.Ordinal);
        Assert.Contains("--package-map", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Anon_IsStableWithinOneLaunch()
    {
        var launch = _fixture.Resolve("<executable cmd=\"echo $(anon rviz) $(anon rviz) $(anon other)\"/>");

        var words = launch.Processes[0].Command;
        Assert.Equal(words[1], words[2]);
        Assert.NotEqual(words[1], words[3]);
        Assert.StartsWith("rviz_", words[1], StringComparison.Ordinal);
        Assert.DoesNotContain('-', words[1]);
    }

    [Fact]
    public void Resolve_Command_InsertsItsOutput()
    {
        _fixture.Write("robot.urdf", "<robot name=\"r\"/>");

        Assert.Equal(["echo <robot name=\"r\"/>"], Commands("<executable cmd=\"echo $(command 'cat $(dirname)/robot.urdf')\"/>"));
    }

    [Fact]
    public void Resolve_CommandThatFails_Throws()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<executable cmd=\"echo $(command 'sh -c \\'exit 3\\'')\"/>"));

        Assert.Contains("exited with 3", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_CommandWritingToStderr_FailsUnlessIgnored()
    {
        Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<executable cmd=\"echo $(command 'sh -c \\'echo warn 1>&amp;2\\'')\"/>"));

        var plan = Assert.Single(_fixture.Resolve("<executable cmd=\"echo $(command 'sh -c \\'echo ok; echo warn 1>&amp;2\\'' ignore)\"/>").Processes);
        Assert.Equal("ok\n", plan.Command[1]);
    }

    [Fact]
    public void Resolve_ExecutableCommand_SplitsLikeShlexButKeepsSubstitutionsWhole()
    {
        var launch = _fixture.Resolve("""<let name="words" value="two words"/><executable cmd="printf '%s|' 'a b' $(var words) x$(var words)y"/>""");

        Assert.Equal(["printf", "%s|", "a b", "two words", "xtwo wordsy"], launch.Processes[0].Command);
    }

    [Fact]
    public void Resolve_ExecutableOptions_AreCarriedIntoThePlan()
    {
        var plan = Assert.Single(_fixture.Resolve("""
            <executable cmd="sleep 1" name="waiter" cwd="/tmp" respawn="$(not false)" respawn_delay="2.5" respawn_max_retries="3"
                        sigterm_timeout="1" sigkill_timeout="0.5" launch-prefix="nice -n 5" shell="true" output="both" on_exit="shutdown"/>
            """).Processes);

        Assert.Equal("waiter-1", plan.Label);
        Assert.Equal(["nice", "-n", "5", "sleep", "1"], plan.Command);
        Assert.Equal("/tmp", plan.WorkingDirectory);
        Assert.True(plan.Respawn);
        Assert.Equal(TimeSpan.FromSeconds(2.5), plan.RespawnDelay);
        Assert.Equal(3, plan.RespawnMaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1), plan.SigtermTimeout);
        Assert.Equal(TimeSpan.FromSeconds(0.5), plan.SigkillTimeout);
        Assert.True(plan.Shell);
        Assert.True(plan.ShutdownOnExit);
        Assert.Equal(OutputMode.Both, plan.Output);
        Assert.Equal(ProcessKind.Executable, plan.Kind);
    }

    [Fact]
    public void Resolve_Labels_AreNumberedInStartOrder()
    {
        var launch = _fixture.Resolve("<executable cmd=\"/bin/sleep 1\"/><node pkg=\"robomirror\" exec=\"perception\" exec_name=\"eyes\"/><node pkg=\"robomirror\" exec=\"controller\"/>");

        Assert.Equal(["sleep-1", "eyes-2", "controller-3"], launch.Processes.Select(p => p.Label));
    }

    [Fact]
    public void Resolve_Log_CollectsTheMessage() =>
        Assert.Equal(["arm is ur5e"], _fixture.Resolve("<arg name=\"robot\" default=\"ur5e\"/><log message=\"arm is $(var robot)\"/>").Messages);

    [Fact]
    public void Resolve_LogWithLevel_PrefixesTheLevel() =>
        Assert.Equal(["WARNING: check the arm", "plain"], _fixture.Resolve("<log message=\"check the arm\" level=\"warning\"/><log message=\"plain\" level=\"INFO\"/>").Messages);

    [Fact]
    public void Resolve_LogWithUnknownLevel_Throws() =>
        Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<log message=\"x\" level=\"loud\"/>"));

    [Fact]
    public void Resolve_EvalOutsideSubset_ThrowsAtTheAttribute()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<executable cmd=\"echo $(eval '__import__(1)')\"/>"));

        Assert.Contains("cannot evaluate", error.Problem, StringComparison.Ordinal);
    }
}
