using System.Numerics;
using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Safety;

namespace RoboMirror.Controller.Tests.Safety;

public sealed class SafetyMonitorTests
{
    private static readonly TimeSpan Now = TimeSpan.FromSeconds(5);

    private static ControllerInput Input(double? separation, bool faulted = false) => new(
        Now,
        new PartnerObservation(Now, true, true, 0.5),
        null,
        new ArmObservation(Now, 0.3, true, faulted),
        MinSeparation: separation);

    [Fact]
    public void ProtectiveSeparation_FollowsTheIsoFormula()
    {
        var s = new SafetySettings();

        // 1.6 * (0.1 + 0.15) + 0.5 * 0.1 + 0.05 + 0.05 + 0.05 + 0.01
        Assert.Equal(0.61, s.ProtectiveSeparation(0.5), precision: 10);
    }

    [Fact]
    public void Evaluate_FarPartner_FullSpeed()
    {
        var verdict = new SafetyMonitor(new SafetySettings()).Evaluate(Input(2.0));

        Assert.False(verdict.Hold);
        Assert.Equal(1.0, verdict.SpeedScale);
    }

    [Fact]
    public void Evaluate_PartnerInSlowZone_ScalesSpeedDownTowardsTheProtectiveSeparation()
    {
        var monitor = new SafetyMonitor(new SafetySettings());

        var nearer = monitor.Evaluate(Input(0.6));
        var farther = monitor.Evaluate(Input(0.9));

        Assert.False(nearer.Hold);
        Assert.True(nearer.SpeedScale < farther.SpeedScale, $"{nearer.SpeedScale} vs {farther.SpeedScale}");
        Assert.InRange(nearer.SpeedScale, 0.1, 1.0);
    }

    [Fact]
    public void Evaluate_PartnerInsideProtectiveSeparation_Holds()
    {
        var verdict = new SafetyMonitor(new SafetySettings()).Evaluate(Input(0.3));

        Assert.True(verdict.Hold);
        Assert.Equal(0, verdict.SpeedScale);
    }

    [Fact]
    public void Evaluate_ArmFault_Holds()
    {
        var verdict = new SafetyMonitor(new SafetySettings()).Evaluate(Input(2.0, faulted: true));

        Assert.True(verdict.Hold);
        Assert.Contains("fault", verdict.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StalePartnerData_Holds()
    {
        var input = Input(2.0) with { Partner = new PartnerObservation(Now - TimeSpan.FromSeconds(2), true, false, 0) };

        var verdict = new SafetyMonitor(new SafetySettings()).Evaluate(input);

        Assert.True(verdict.Hold);
        Assert.Contains("partner data stale: 2000 ms", verdict.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SlowDistanceInsideProtectiveSeparation_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SafetySettings { SlowDistance = 0.2 }.Validate());

        Assert.Contains("SlowDistance is 0.2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinDistance_PointBesideALink_IsItsDistanceToTheSegmentMinusTheRadius()
    {
        Vector3[] links = [Vector3.Zero, new(0, 0, 1), new(1, 0, 1)];
        Vector3[] hands = [new(0.5f, 0.3f, 1f), new(5, 5, 5)];

        var d = SeparationGeometry.MinDistance(links, hands, linkRadius: 0.05);

        Assert.Equal(0.25, d, precision: 5);
    }
}
