using System.Numerics;
using RoboMirror.Perception.Streaming;

namespace RoboMirror.Perception.Tests.Streaming;

public sealed class OneEuroFilterTests
{
    private static readonly OneEuroParameters Parameters = new(1.0f, 0.3f, 1.0f);

    [Fact]
    public void Update_NoisyStillPoint_ReducesJitter()
    {
        var random = new Random(7);
        var filter = default(OneEuroFilter);
        double rawSpread = 0, filteredSpread = 0;
        for (var i = 0; i < 300; i++)
        {
            var sample = new Vector3((float)(random.NextDouble() - 0.5) * 0.1f, 0f, 0f);
            var value = filter.Update(sample, 1f / 30f, Parameters);
            if (i >= 60)
            {
                rawSpread += sample.X * sample.X;
                filteredSpread += value.X * value.X;
            }
        }

        Assert.True(filteredSpread < rawSpread / 4, $"filtered {filteredSpread} vs raw {rawSpread}");
    }

    [Fact]
    public void Update_ConstantSpeed_DerivativeApproachesTheSpeed()
    {
        var filter = default(OneEuroFilter);
        for (var i = 0; i < 300; i++)
        {
            filter.Update(new Vector3(0f, 2f * i / 30f, 0f), 1f / 30f, Parameters);
        }

        Assert.Equal(2f, filter.Derivative.Y, 1);
    }

    [Fact]
    public void Update_FastMotion_LagsLessWithHigherBeta()
    {
        static float Lag(float beta)
        {
            var filter = default(OneEuroFilter);
            var parameters = new OneEuroParameters(1.0f, beta, 1.0f);
            var value = Vector3.Zero;
            for (var i = 0; i < 60; i++)
            {
                value = filter.Update(new Vector3(5f * i / 30f, 0f, 0f), 1f / 30f, parameters);
            }

            return (5f * 59 / 30f) - value.X;
        }

        Assert.True(Lag(2f) < Lag(0f) / 2, $"lag with beta 2: {Lag(2f)}, with beta 0: {Lag(0f)}");
    }

    [Fact]
    public void Reset_ThenUpdate_PassesFirstSampleThrough()
    {
        var filter = default(OneEuroFilter);
        filter.Update(Vector3.One, 0.1f, Parameters);
        filter.Reset();

        Assert.Equal(new Vector3(3f), filter.Update(new Vector3(3f), 0.1f, Parameters));
    }
}
