using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Tests.InProcess;

public sealed class QosCompatibilityTests
{
    public static TheoryData<Reliability, Durability, Reliability, Durability, bool> Pairs() => new()
    {
        { Reliability.Reliable, Durability.Volatile, Reliability.Reliable, Durability.Volatile, true },
        { Reliability.Reliable, Durability.Volatile, Reliability.BestEffort, Durability.Volatile, true },
        { Reliability.BestEffort, Durability.Volatile, Reliability.Reliable, Durability.Volatile, false },
        { Reliability.BestEffort, Durability.Volatile, Reliability.BestEffort, Durability.Volatile, true },
        { Reliability.Reliable, Durability.TransientLocal, Reliability.Reliable, Durability.Volatile, true },
        { Reliability.Reliable, Durability.Volatile, Reliability.Reliable, Durability.TransientLocal, false },
        { Reliability.Reliable, Durability.TransientLocal, Reliability.Reliable, Durability.TransientLocal, true },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void IsCompatible_ReliabilityAndDurability_FollowDdsRules(Reliability offeredR, Durability offeredD, Reliability requestedR, Durability requestedD, bool expected)
    {
        var offered = QosProfile.Default with { Reliability = offeredR, Durability = offeredD };
        var requested = QosProfile.Default with { Reliability = requestedR, Durability = requestedD };

        Assert.Equal(expected, QosCompatibility.IsCompatible(offered, requested, out var reason));
        Assert.Equal(expected, reason is null);
    }

    [Fact]
    public void IsCompatible_OfferedDeadlineLongerThanRequested_IsIncompatibleWithReason()
    {
        var offered = QosProfile.Default.WithDeadline(TimeSpan.FromMilliseconds(200));
        var requested = QosProfile.Default.WithDeadline(TimeSpan.FromMilliseconds(100));

        Assert.False(QosCompatibility.IsCompatible(offered, requested, out var reason));
        Assert.Contains("deadline of 200 ms", reason, StringComparison.Ordinal);
        Assert.True(QosCompatibility.IsCompatible(requested, offered, out _));
        Assert.False(QosCompatibility.IsCompatible(QosProfile.Default, requested, out _));
    }

    [Fact]
    public void IsCompatible_AutomaticWriterManualReader_IsIncompatible()
    {
        var offered = QosProfile.Default.WithLiveliness(Liveliness.Automatic, TimeSpan.FromSeconds(1));
        var requested = QosProfile.Default.WithLiveliness(Liveliness.ManualByTopic, TimeSpan.FromSeconds(1));

        Assert.False(QosCompatibility.IsCompatible(offered, requested, out _));
        Assert.True(QosCompatibility.IsCompatible(requested, offered, out _));
    }
}
