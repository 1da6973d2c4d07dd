using RoboMirror.Hardware.UniversalRobots;

namespace RoboMirror.Hardware.Tests.UniversalRobots;

public sealed class UrScriptProgramTests
{
    [Fact]
    public void Build_DefaultOptions_IsOneProgramThatHaltsOnAStaleSequence()
    {
        var program = UrScriptProgram.Build(new UrArmOptions { Host = "robot" });
        var lines = program.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("def robomirror_servo():", lines[0]);
        Assert.Equal("end", lines[^1]);
        Assert.Contains("    if stale > 10:", lines);
        Assert.Contains("      stopj(4)", lines);
        Assert.Contains("      stopj(20)", lines);
        Assert.Equal(lines.Count(l => l.TrimStart().StartsWith("if ", StringComparison.Ordinal) || l.TrimStart().StartsWith("while ", StringComparison.Ordinal) || l.StartsWith("def ", StringComparison.Ordinal)),
            lines.Count(l => l.Trim() == "end"));
    }
}
