using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Dds.Native;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Tests.Dds;

public sealed class QosMappingTests
{
    public static TheoryData<string> Profiles => ["default", "sensor", "latched", "keepall", "timed"];

    [RequiresCycloneDdsTheory]
    [MemberData(nameof(Profiles))]
    public async Task ToDds_ThenFromDds_GivesTheProfileBack(string name)
    {
        var profile = name switch
        {
            "default" => QosProfile.Default,
            "sensor" => QosProfile.SensorData,
            "latched" => QosProfile.Latched,
            "keepall" => QosProfile.Default.WithKeepAll() with { Depth = 0 },
            _ => QosProfile.Default.WithDeadline(TimeSpan.FromMilliseconds(100)).WithLifespan(TimeSpan.FromSeconds(2))
                .WithLiveliness(Liveliness.ManualByTopic, TimeSpan.FromMilliseconds(300)),
        };
        var api = DdscApi.Load(CycloneDdsLibrary.CandidateNames);

        using var qos = QosMapping.ToDds(api, profile, forWriter: true, userData: "typehash=RIHS01_00;");

        Assert.Equal(profile, QosMapping.FromDds(api, qos.Pointer, isWriter: true));
        await Task.CompletedTask;
    }

    [Fact]
    public void ToNanoseconds_NullIsInfinity_AndBack()
    {
        Assert.Equal(long.MaxValue, QosMapping.ToNanoseconds(null));
        Assert.Equal(100_000_000, QosMapping.ToNanoseconds(TimeSpan.FromMilliseconds(100)));
        Assert.Null(QosMapping.FromNanoseconds(long.MaxValue));
        Assert.Equal(TimeSpan.FromMilliseconds(100), QosMapping.FromNanoseconds(100_000_000));
    }
}
