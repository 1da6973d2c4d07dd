using RoboMirror.Controller.Answers;
using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;

namespace RoboMirror.Controller.Tests.Answers;

public sealed class AnswerSelectorTests
{
    private static readonly string[] Repertoire = ["wave", "handshake", "fist_bump"];

    private static MirrorEstimate Reading(string gesture, string? resonant) => new(TimeSpan.Zero, gesture, 0.9, TimeSpan.FromSeconds(1), 0.8, resonant);

    [Fact]
    public void Resonance_TakesTheMovementTheNetworkFoundClosest()
    {
        var selector = AnswerSelectors.Create("resonance", AnswerSelectors.DefaultMapping, Repertoire);

        Assert.Equal("fist_bump", selector.Select(Reading("waving", "fist_bump")));
        Assert.Null(selector.Select(Reading(GestureNames.None, null)));
    }

    [Fact]
    public void Mapping_TakesTheConfiguredAnswerOfTheRecognisedGestureAndNothingForOthers()
    {
        var selector = AnswerSelectors.Create("mapping", " waving = handshake ; shaking=wave ", Repertoire);

        Assert.Equal("handshake", selector.Select(Reading("waving", "fist_bump")));
        Assert.Equal("wave", selector.Select(Reading("shaking", null)));
        Assert.Null(selector.Select(Reading("rocket", "fist_bump")));
        Assert.Null(selector.Select(Reading(GestureNames.None, null)));
    }

    [Fact]
    public void DefaultMapping_AnswersEveryBuetepageGestureInKind()
    {
        var mapping = AnswerSelectors.ParseMapping(AnswerSelectors.DefaultMapping, Repertoire);

        Assert.Equal("wave", mapping["waving"]);
        Assert.Equal("handshake", mapping["shaking"]);
        Assert.Equal("fist_bump", mapping["rocket"]);
        Assert.Equal("fist_bump", mapping["parachute"]);
    }

    [Theory]
    [InlineData("waving=moonwalk", "'moonwalk', which the repertoire does not hold")]
    [InlineData("waving", "'waving' is not gesture=answer")]
    [InlineData("waving=wave;waving=handshake", "gesture 'waving' twice")]
    [InlineData(" ; ", "empty")]
    public void ParseMapping_BadText_IsRejectedNamingTheEntry(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => AnswerSelectors.ParseMapping(text, Repertoire));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownSelection_ListsTheValidOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => AnswerSelectors.Create("telepathy", AnswerSelectors.DefaultMapping, Repertoire));

        Assert.Contains("resonance, mapping", error.Message, StringComparison.Ordinal);
    }
}
