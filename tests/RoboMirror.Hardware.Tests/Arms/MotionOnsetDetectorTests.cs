using RoboMirror.Hardware.Arms;

namespace RoboMirror.Hardware.Tests.Arms;

public sealed class MotionOnsetDetectorTests
{
    [Fact]
    public void Update_SpeedCrossesThreshold_ReportsOnceWithItsTimestamp()
    {
        var detector = new MotionOnsetDetector(0.05);
        var state = new JointState(2);

        state.Timestamp = TimeSpan.FromMilliseconds(10);
        state.Velocities[1] = 0.04;
        Assert.False(detector.Update(state));

        state.Timestamp = TimeSpan.FromMilliseconds(12);
        state.Velocities[1] = -0.06;
        Assert.True(detector.Update(state));

        state.Timestamp = TimeSpan.FromMilliseconds(14);
        Assert.False(detector.Update(state));
        Assert.Equal(TimeSpan.FromMilliseconds(12), detector.Onset);

        detector.Reset();
        Assert.Null(detector.Onset);
    }

    [Fact]
    public void Constructor_NonPositiveThreshold_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MotionOnsetDetector(0));
    }
}
