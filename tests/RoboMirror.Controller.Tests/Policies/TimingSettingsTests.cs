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
        var settings = new TimingSettings { ReactiveHold = TimeSpan.FromMilliseconds(-1), MirrorMinConfidence = 2, MirrorSmoothing = 0 };

        var error = Assert.Throws<ArgumentException>(() => settings.Validate());

        Assert.Contains("'TimingSettings' are invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("ReactiveHold is -1 ms", error.Message, StringComparison.Ordinal);
        Assert.Contains("MirrorMinConfidence is 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("MirrorSmoothing is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeTargetGapAndZeroReactiveHold_Pass()
    {
        // The operating curve of robomirror eval sweeps them: an overlap aimed for, an answer as soon as the segmenter says still.
        var settings = new TimingSettings { TargetGap = TimeSpan.FromMilliseconds(-200), ReactiveHold = TimeSpan.Zero };

        Assert.Same(settings, settings.Validate());
    }

    [Fact]
    public void Create_UnknownPolicy_ListsEveryValidName()
    {
        var error = Assert.Throws<ArgumentException>(() => TimingPolicies.Create("psychic", new TimingSettings()));

        Assert.Contains("'psychic'", error.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", TimingPolicies.Names), error.Message, StringComparison.Ordinal);
        Assert.All(TimingPolicies.Names, name => Assert.Contains(name, error.Message, StringComparison.Ordinal));
        Assert.Equal("name", error.ParamName);
    }

    public static TheoryData<string> PolicyNames => [.. TimingPolicies.Names];

    [Theory]
    [MemberData(nameof(PolicyNames))]
    public void Create_EveryListedName_CreatesThePolicyOfThatName(string name)
    {
        Assert.Equal(name, TimingPolicies.Create(name, new TimingSettings()).Name);
    }

    [Fact]
    public void Names_ListTheAlternatingAndTheJointPolicies()
    {
        Assert.Equal(["mirror", "reactive", "oracle", "mirror-joint", "reactive-joint", "oracle-joint"], TimingPolicies.Names);
    }

    [Theory]
    [InlineData("mirror", false, false)]
    [InlineData("reactive", false, false)]
    [InlineData("oracle", false, true)]
    [InlineData("mirror-joint", true, false)]
    [InlineData("reactive-joint", true, false)]
    [InlineData("oracle-joint", true, true)]
    public void IsJointAndNeedsLabels_ClassifyEachPolicy(string name, bool joint, bool needsLabels)
    {
        Assert.Equal((joint, needsLabels), (TimingPolicies.IsJoint(name), TimingPolicies.NeedsLabels(name)));
    }

    [Fact]
    public void Defaults_OfTheNewSettings()
    {
        var settings = new TimingSettings();

        Assert.Equal(TimeSpan.FromMilliseconds(170), settings.ArmLatency);
        Assert.Equal(TimeSpan.Zero, settings.JointLag);
        Assert.Equal(1.0, settings.MirrorSmoothingEarlier);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.MirrorContinuingTimeToEnd);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.MirrorPauseLimit);
    }

    public static TheoryData<string, TimingSettings> InvalidMirrorSettings => new()
    {
        { "MirrorSmoothingEarlier is 0", new TimingSettings { MirrorSmoothingEarlier = 0 } },
        { "MirrorSmoothingEarlier is -0.5", new TimingSettings { MirrorSmoothingEarlier = -0.5 } },
        { "MirrorSmoothingEarlier is 1.5", new TimingSettings { MirrorSmoothingEarlier = 1.5 } },
        { "MirrorSmoothingEarlier is NaN", new TimingSettings { MirrorSmoothingEarlier = double.NaN } },
        { "MirrorContinuingTimeToEnd is 0 ms", new TimingSettings { MirrorContinuingTimeToEnd = TimeSpan.Zero } },
        { "MirrorContinuingTimeToEnd is -100 ms", new TimingSettings { MirrorContinuingTimeToEnd = TimeSpan.FromMilliseconds(-100) } },
        { "MirrorPauseLimit is -1 ms", new TimingSettings { MirrorPauseLimit = TimeSpan.FromMilliseconds(-1) } },
    };

    [Theory]
    [MemberData(nameof(InvalidMirrorSettings))]
    public void Validate_InvalidMirrorEndingSetting_IsRejectedByName(string expected, TimingSettings settings)
    {
        var error = Assert.Throws<ArgumentException>(() => settings.Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BoundaryValuesOfTheMirrorEndingSettings_Pass()
    {
        var settings = new TimingSettings
        {
            MirrorSmoothingEarlier = 1,
            MirrorEndingTimeToEnd = TimeSpan.Zero,
            MirrorContinuingTimeToEnd = TimeSpan.FromTicks(1),
            MirrorPauseLimit = TimeSpan.Zero,
            JointLag = TimeSpan.FromMilliseconds(-300),
        };

        Assert.Same(settings, settings.Validate());
    }

    [Fact]
    public void Validate_EndingThresholdNotBelowTheContinuingOne_IsRejected()
    {
        var settings = new TimingSettings { MirrorEndingTimeToEnd = TimeSpan.FromSeconds(1), MirrorContinuingTimeToEnd = TimeSpan.FromSeconds(1) };

        var error = Assert.Throws<ArgumentException>(() => settings.Validate());

        Assert.Contains("MirrorEndingTimeToEnd is 1000 ms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AllThreeMirrorEndingProblems_AreReportedInOneMessage()
    {
        var settings = new TimingSettings { MirrorSmoothingEarlier = 2, MirrorContinuingTimeToEnd = TimeSpan.Zero, MirrorPauseLimit = TimeSpan.FromSeconds(-1) };

        var error = Assert.Throws<ArgumentException>(() => settings.Validate());

        Assert.Contains("MirrorSmoothingEarlier is 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("MirrorContinuingTimeToEnd", error.Message, StringComparison.Ordinal);
        Assert.Contains("MirrorPauseLimit", error.Message, StringComparison.Ordinal);
    }
}
