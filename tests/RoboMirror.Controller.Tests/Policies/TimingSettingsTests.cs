using RoboMirror.Controller.Policies;

namespace RoboMirror.Controller.Tests.Policies;

public sealed class TimingSettingsTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        var settings = new TimingSettings().Validate();

        Assert.Equal(TimeSpan.FromMilliseconds(200), settings.TargetGap);
    }

    [Fact]
    public void Validate_SeveralProblems_AreReportedInOneMessage()
    {
        var settings = new TimingSettings { TargetGap = TimeSpan.FromMilliseconds(-1), MirrorMinConfidence = 2, MirrorSmoothing = 0 };

        var error = Assert.Throws<ArgumentException>(() => settings.Validate());

        Assert.Contains("'TimingSettings' are invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("TargetGap", error.Message, StringComparison.Ordinal);
        Assert.Contains("MirrorMinConfidence is 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("MirrorSmoothing is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownPolicy_ListsTheValidNames()
    {
        var error = Assert.Throws<ArgumentException>(() => TimingPolicies.Create("psychic", new TimingSettings()));

        Assert.Contains("mirror, reactive, oracle", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mirror")]
    [InlineData("reactive")]
    [InlineData("oracle")]
    public void Create_KnownPolicy_HasThatName(string name)
    {
        Assert.Equal(name, TimingPolicies.Create(name, new TimingSettings()).Name);
    }
}
