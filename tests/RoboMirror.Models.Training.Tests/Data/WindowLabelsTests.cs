using RoboMirror.Models.Training.Data;

namespace RoboMirror.Models.Training.Tests.Data;

public sealed class WindowLabelsTests
{
    [Fact]
    public void At_InsideGestureEndIn1s_FillsFirstBinsAndHalfOfThird()
    {
        var labels = WindowLabels.At(t: 5.0, start: 2.0, stop: 5.9, gestureClass: 3);

        Assert.True(labels.InGesture);
        Assert.Equal(3, labels.GestureClass);
        Assert.Equal(1f, labels.Activity[0], 5);
        Assert.Equal(1f, labels.Activity[1], 5);
        Assert.Equal(0.5f, labels.Activity[2], 5);
        Assert.Equal(0f, labels.Activity[3], 5);
        Assert.Equal(0.9f, labels.ActiveWithinHorizon, 5);
        Assert.Equal(0.9, labels.SecondsToEnd, 6);
        Assert.Equal(3.0 / 3.9, labels.FractionSeen, 6);
    }

    [Fact]
    public void At_BeforeGestureStartsIn1s_IsNoneWithLaterBinsActive()
    {
        var labels = WindowLabels.At(t: 1.0, start: 2.0, stop: 8.0, gestureClass: 1);

        Assert.False(labels.InGesture);
        Assert.Equal(0, labels.GestureClass);
        // Bin 0.6–1.2 s covers 1.6–2.2 s: one third inside the gesture.
        Assert.Equal(0f, labels.Activity[0]);
        Assert.Equal(0f, labels.Activity[1]);
        Assert.Equal(1f / 3f, labels.Activity[2], 5);
        Assert.Equal(1f, labels.Activity[3]);
        Assert.Equal(0d, labels.FractionSeen);
    }

    [Fact]
    public void At_AfterGesture_IsNoneAndInactive()
    {
        var labels = WindowLabels.At(t: 9.0, start: 2.0, stop: 8.0, gestureClass: 1);

        Assert.Equal(0, labels.GestureClass);
        Assert.All(labels.Activity, a => Assert.Equal(0f, a));
    }
}
