using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Controller.Turns;
using RoboMirror.Nodes.Nodes;

namespace RoboMirror.Nodes.Tests.Nodes;

public sealed class MessageConversionTests
{
    [Fact(Timeout = 10_000)]
    public async Task TurnEvent_ToMessageAndBack_IsTheSameEvent()
    {
        await Task.Yield();
        var withTime = new TurnEvent(TimeSpan.FromSeconds(12.5), TurnEventKind.OnsetScheduled, TurnState.PartnerTurn, TurnState.Transition, "partner still", TimeSpan.FromSeconds(12.9));
        var without = new TurnEvent(TimeSpan.FromSeconds(3), TurnEventKind.RobotFinished, TurnState.RobotTurn, TurnState.Idle, "trajectory complete");

        Assert.Equal(withTime, TurnMessages.FromMessage(TurnMessages.ToMessage(withTime)));
        Assert.Equal(without, TurnMessages.FromMessage(TurnMessages.ToMessage(without)));
        Assert.Equal("onset_scheduled", TurnMessages.ToMessage(withTime).KindName);
    }

    [Fact(Timeout = 10_000)]
    public async Task PartnerTruth_WriteAndRead_IsTheSameRecord()
    {
        await Task.Yield();
        var record = new PartnerTurnRecord(4, "waving", "synthetic", TimeSpan.FromSeconds(30.1), TimeSpan.FromSeconds(33.25), Hesitated: true, Overlap: false);

        Assert.Equal(record, PartnerTruthJson.Read(PartnerTruthJson.Write(record)));
        Assert.Throws<FormatException>(() => PartnerTruthJson.Read("{\"index\": 1"));
    }

    [Fact(Timeout = 10_000)]
    public async Task PartnerTruth_FollowerOnset_TravelsWhenKnownAndIsLeftOutOtherwise()
    {
        await Task.Yield();
        var replayed = new PartnerTurnRecord(0, "shaking", "shaking/pair_2_rec_0", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(9), Hesitated: false, Overlap: false, FollowerOnset: TimeSpan.FromSeconds(1.75));
        var simulated = replayed with { FollowerOnset = null };

        Assert.Equal(replayed, PartnerTruthJson.Read(PartnerTruthJson.Write(replayed)));
        Assert.Contains("\"follower_onset_ns\":1750000000", PartnerTruthJson.Write(replayed), StringComparison.Ordinal);
        Assert.DoesNotContain("follower_onset", PartnerTruthJson.Write(simulated), StringComparison.Ordinal);
        Assert.Null(PartnerTruthJson.Read(PartnerTruthJson.Write(simulated)).FollowerOnset);
    }

    [Fact(Timeout = 10_000)]
    public async Task MirrorReading_ModelOutputs_BecomeTheEstimateTheMirrorPolicyReads()
    {
        await Task.Yield();
        var estimate = MirrorReading.From(TimeSpan.FromSeconds(2), ["none", "waving", "shaking"], [0.1f, 0.8f, 0.1f], [1f, 1f, 0f, 0f], 0.6);
        var nothing = MirrorReading.From(TimeSpan.FromSeconds(2), ["none", "waving"], [0.9f, 0.1f], [0.5f, 0.5f, 0.5f, 0.5f], 0);

        Assert.Equal("waving", estimate.Gesture);
        Assert.Equal(AnswerIds.Wave, estimate.AnswerId);
        Assert.Equal(1.0, estimate.Confidence, 6);
        Assert.Equal(TimeSpan.FromSeconds(0.6), estimate.ExpectedTimeToEnd);
        Assert.Equal(GestureNames.None, nothing.Gesture);
        Assert.Null(nothing.AnswerId);
        Assert.Equal(0.0, nothing.Confidence, 6);
    }

    [Theory(Timeout = 10_000)]
    [InlineData(float.NaN, 0.3)]
    [InlineData(0.9f, double.NaN)]
    [InlineData(float.PositiveInfinity, 0.3)]
    public async Task MirrorReading_NotANumber_HasNoConfidenceAndNoEndInSight(float projected, double timeToEnd)
    {
        await Task.Yield();
        var estimate = MirrorReading.From(TimeSpan.FromSeconds(2), ["none", "waving"], [0.1f, 0.9f], [projected, 0.1f, 0f, 0f], timeToEnd);

        // Never "ending now" on bad numbers: the mirror policy takes an unsure reading as no news.
        Assert.Equal(0.0, estimate.Confidence);
        Assert.Equal(TimeSpan.FromSeconds(MirrorReading.NoEndInSightSeconds), estimate.ExpectedTimeToEnd);
    }

    [Fact(Timeout = 10_000)]
    public async Task MirrorReading_WithResonance_AnswersWithTheStrongestMovementOnlyWhileAGestureIsSeen()
    {
        await Task.Yield();
        string[] ids = [AnswerIds.FistBump, AnswerIds.Handshake, AnswerIds.Wave];
        var seen = MirrorReading.From(TimeSpan.Zero, ["none", "waving"], [0.2f, 0.8f], [1f, 1f, 1f, 1f], 2, ids, [0.1f, 0.7f, 0.3f]);
        var unseen = MirrorReading.From(TimeSpan.Zero, ["none", "waving"], [0.8f, 0.2f], [1f, 1f, 1f, 1f], 2, ids, [0.1f, 0.7f, 0.3f]);

        Assert.Equal(AnswerIds.Handshake, seen.AnswerId);
        Assert.Null(unseen.AnswerId);
    }
}
