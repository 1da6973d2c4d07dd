using System.Numerics;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Perception.Streaming;

namespace RoboMirror.Perception.Tests.Streaming;

public sealed class PerceptionPipelineTests
{
    private const double Period = 1.0 / 30.0;

    private static (PerceptionPipeline Pipeline, List<TimeSpan> Released) Create(StreamOptions? options = null)
    {
        var pipeline = new PerceptionPipeline(options);
        var released = new List<TimeSpan>();
        pipeline.FeaturesReady += f => released.Add(f.Timestamp);
        return (pipeline, released);
    }

    [Fact]
    public void Push_InOrder_ReleasesEachFrameOnceTheReorderWindowHasPassed()
    {
        var (pipeline, released) = Create();

        for (var i = 0; i < 10; i++)
        {
            pipeline.Push(StreamFrames.At(i * Period));
        }

        // 50 ms window at 30 Hz: the two newest frames are still waiting.
        Assert.Equal(8, released.Count);
        pipeline.Advance(TimeSpan.FromSeconds((9 * Period) + 0.05));
        Assert.Equal(10, released.Count);
        Assert.Equal(0, pipeline.Rejections.TotalRejected);
    }

    [Fact]
    public void Push_SwappedFramesInsideWindow_AreReleasedInOrderAndCounted()
    {
        var (pipeline, released) = Create();

        pipeline.Push(StreamFrames.At(0));
        pipeline.Push(StreamFrames.At(2 * Period));
        pipeline.Push(StreamFrames.At(Period));
        pipeline.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([0, Period, 2 * Period], released.Select(t => Math.Round(t.TotalSeconds, 6)).Select(x => x).ToArray(), new ToleranceComparer());
        Assert.Equal(1, pipeline.Rejections.Reordered);
    }

    [Fact]
    public void Push_FrameOlderThanReleased_IsDroppedAsBackwards()
    {
        var (pipeline, released) = Create();
        pipeline.Push(StreamFrames.At(0));
        pipeline.Push(StreamFrames.At(0.5));
        pipeline.Advance(TimeSpan.FromSeconds(0.6));

        var rejection = pipeline.Push(StreamFrames.At(0.1));

        Assert.Equal(FrameRejection.TimestampBackwards, rejection);
        Assert.Equal(1, pipeline.Rejections.Rejected(FrameRejection.TimestampBackwards));
        Assert.Equal(2, released.Count);
    }

    [Fact]
    public void Push_SameTimestampTwice_SecondIsDuplicate()
    {
        var (pipeline, _) = Create();
        pipeline.Push(StreamFrames.At(0));

        Assert.Equal(FrameRejection.DuplicateTimestamp, pipeline.Push(StreamFrames.At(0)));
        Assert.Equal(1, pipeline.Rejections.Rejected(FrameRejection.DuplicateTimestamp));
    }

    [Fact]
    public void Push_RawFrameWithNaN_IsRejectedAndCountedWithoutThrowing()
    {
        var (pipeline, released) = Create();
        var values = TestPoses.KinectV1FacingSensor();
        values[3 * 3] = float.NaN;

        var rejection = pipeline.Push(SkeletonLayouts.KinectV1, values, default, TimeSpan.Zero, "p1");

        Assert.Equal(FrameRejection.NonFinite, rejection);
        Assert.Equal(1, pipeline.Rejections.Rejected(FrameRejection.NonFinite));
        Assert.Empty(pipeline.Bodies);
        Assert.Empty(released);
    }

    [Fact]
    public void Push_RejectedFrameWithFarFutureTimestamp_LosesNobody()
    {
        var (pipeline, _) = Create();
        var lost = new List<string>();
        pipeline.BodyLost += lost.Add;
        pipeline.Push(StreamFrames.At(0));
        var broken = TestPoses.KinectV1FacingSensor();
        broken[0] = float.NaN;
        broken[3] = float.NaN;

        pipeline.Push(SkeletonLayouts.KinectV1, broken, default, TimeSpan.FromDays(3), "p2");
        pipeline.Push(StreamFrames.At(Period));

        Assert.Empty(lost);
        Assert.Equal(["p1"], pipeline.Bodies);
    }

    [Fact]
    public void Push_NewcomerWithFarFutureFirstFrame_LosesNobodyUntilConfirmed()
    {
        var (pipeline, _) = Create();
        var lost = new List<string>();
        pipeline.BodyLost += lost.Add;
        pipeline.Push(StreamFrames.At(0, "a"));

        pipeline.Push(StreamFrames.At(3600, "b"));
        pipeline.Push(StreamFrames.At(Period, "a"));
        Assert.Empty(lost);

        pipeline.Push(StreamFrames.At(3600 + Period, "b"));
        Assert.Equal(["a"], lost);
    }

    [Fact]
    public void Push_RawFrameOfWrongLength_IsRejectedAndCounted()
    {
        var (pipeline, _) = Create();

        Assert.Equal(FrameRejection.WrongValueCount, pipeline.Push(SkeletonLayouts.Coco18, new float[10], default, TimeSpan.Zero, "p1"));
        Assert.Equal(1, pipeline.Rejections.TotalRejected);
    }

    [Fact]
    public void Push_JointMissingBrieflyThenLong_IsBridgedThenLost()
    {
        var (pipeline, _) = Create(new StreamOptions { ReorderWindow = TimeSpan.Zero });
        var statuses = new List<JointStatus>();
        pipeline.FeaturesReady += f => statuses.Add(f.Status(CanonicalJoint.LeftHand));

        pipeline.Push(StreamFrames.At(0));
        for (var i = 1; i <= 12; i++)
        {
            pipeline.Push(StreamFrames.At(i * Period, withLeftHand: false));
        }

        // 200 ms = 6 frames at 30 Hz are bridged, then the hand is lost.
        Assert.Equal(JointStatus.Tracked, statuses[0]);
        Assert.All(statuses.Skip(1).Take(6), s => Assert.Equal(JointStatus.Bridged, s));
        Assert.All(statuses.Skip(7), s => Assert.Equal(JointStatus.Lost, s));
        Assert.Equal(6, pipeline.Rejections.JointsBridged);
        Assert.Equal(1, pipeline.Rejections.JointsLost);
    }

    [Fact]
    public void Push_JointMissingAndBackInsideWindow_IsInterpolated()
    {
        var (pipeline, _) = Create(new StreamOptions { ReorderWindow = TimeSpan.FromMilliseconds(100), Filter = new OneEuroParameters(1000f, 0f, 1f) });
        var heights = new List<float>();
        pipeline.FeaturesReady += f => heights.Add(f.Skeleton.Position(CanonicalJoint.LeftHand).Z);

        pipeline.Push(StreamFrames.At(0, leftHandZ: 0f));
        pipeline.Push(StreamFrames.At(Period, withLeftHand: false));
        pipeline.Push(StreamFrames.At(2 * Period, leftHandZ: 1f));
        pipeline.Advance(TimeSpan.FromSeconds(1));

        // A nearly transparent filter shows the interpolated midpoint.
        Assert.Equal(0.5f, heights[1], 1);
    }

    [Fact]
    public void Push_SlowSteadyHandRaise_DriftsAtItsSpeedWhileEnergyStaysLowAndTheSegmenterSeesIt()
    {
        var (pipeline, _) = Create(new StreamOptions { ReorderWindow = TimeSpan.Zero });
        var withDrift = new ActivitySegmenter();
        var energyOnly = new ActivitySegmenter(SegmenterOptions.Default with { DriftOnThreshold = float.PositiveInfinity });
        float drift = 0f, energy = 0f;
        pipeline.FeaturesReady += f =>
        {
            drift = f.HandDrift;
            energy = f.MotionEnergy;
            withDrift.Update(f.Timestamp, f.MotionEnergy, f.HandDrift);
            energyOnly.Update(f.Timestamp, f.MotionEnergy, f.HandDrift);
        };

        // The left hand rises at 0.6 shoulder widths/s for 2 s (a fist raised slowly): far below the energy threshold.
        for (var i = 0; i <= 60; i++)
        {
            pipeline.Push(StreamFrames.At(i * Period, leftHandZ: (float)(0.6 * i * Period)));
        }

        Assert.Equal(0.6f, drift, 1);
        Assert.True(energy < 1f, $"energy {energy}");
        Assert.True(withDrift.IsActive);
        Assert.False(energyOnly.IsActive);
    }

    [Fact]
    public void Push_GapOfThreePeriods_CountsTwoDroppedFrames()
    {
        var (pipeline, _) = Create();
        for (var i = 0; i < 5; i++)
        {
            pipeline.Push(StreamFrames.At(i * Period));
        }

        pipeline.Push(StreamFrames.At(7 * Period));
        pipeline.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(2, pipeline.Rejections.DroppedFrames);
    }

    [Fact]
    public void Push_JumpForwardOverLimit_CountsJumpAndRestartsFilters()
    {
        var (pipeline, _) = Create(new StreamOptions { ReorderWindow = TimeSpan.Zero, PersonLostTimeout = TimeSpan.FromSeconds(10) });
        pipeline.Push(StreamFrames.At(0, leftHandZ: 0f));
        pipeline.Push(StreamFrames.At(Period, leftHandZ: 0f));

        pipeline.Push(StreamFrames.At(5, leftHandZ: 1f));
        Assert.Equal(0, pipeline.Rejections.TimestampJumps); // one far frame alone could be an outlier
        pipeline.Push(StreamFrames.At(5 + Period, leftHandZ: 1f));

        Assert.Equal(1, pipeline.Rejections.TimestampJumps);
        Assert.Equal(5 + Period, pipeline.Partner!.Timestamp.TotalSeconds, 6);
        Assert.Equal(1f, pipeline.Partner.Skeleton.Position(CanonicalJoint.LeftHand).Z, 4);
    }

    [Fact]
    public void Push_SingleFarFutureTimestamp_DroppedAsOutlierAndStreamGoesOn()
    {
        var (pipeline, released) = Create(new StreamOptions { ReorderWindow = TimeSpan.Zero });
        pipeline.Push(StreamFrames.At(0));
        pipeline.Push(StreamFrames.At(Period));

        pipeline.Push(StreamFrames.At(3600));
        pipeline.Push(StreamFrames.At(2 * Period));
        pipeline.Push(StreamFrames.At(3 * Period));

        Assert.Equal(1, pipeline.Rejections.Rejected(FrameRejection.TimestampOutlier));
        Assert.Equal(0, pipeline.Rejections.TimestampJumps);
        Assert.Equal(4, released.Count);
        Assert.Equal(["p1"], pipeline.Bodies);
    }

    [Fact]
    public void Push_ClockStartsOver_FollowsItWithoutLosingAnyone()
    {
        var (pipeline, released) = Create(new StreamOptions { ReorderWindow = TimeSpan.Zero });
        var lost = new List<string>();
        pipeline.BodyLost += lost.Add;
        for (var i = 0; i < 300; i++)
        {
            pipeline.Push(StreamFrames.At(i * Period));
        }

        for (var i = 0; i < 30; i++)
        {
            pipeline.Push(StreamFrames.At(i * Period));
        }

        Assert.Equal(1, pipeline.Rejections.TimestampJumps);
        Assert.Equal(330, released.Count);
        Assert.Empty(lost);
    }

    [Fact]
    public void Advance_PartnerLeaves_RaisesBodyLostAndPartnerLostAfterTimeout()
    {
        var (pipeline, _) = Create(new StreamOptions { PersonLostTimeout = TimeSpan.FromSeconds(1) });
        var lost = new List<string>();
        var partnerLost = new List<string>();
        pipeline.BodyLost += lost.Add;
        pipeline.PartnerLost += partnerLost.Add;
        pipeline.Push(StreamFrames.At(0, "a"));

        pipeline.Advance(TimeSpan.FromSeconds(0.9));
        Assert.Empty(lost);
        pipeline.Advance(TimeSpan.FromSeconds(1.1));

        Assert.Equal(["a"], lost);
        Assert.Equal(["a"], partnerLost);
        Assert.Null(pipeline.PartnerId);
        Assert.Empty(pipeline.Bodies);
    }

    [Fact]
    public void Push_TwoPeople_TrackedByIdAndPartnerSelectable()
    {
        var (pipeline, _) = Create(new StreamOptions { ReorderWindow = TimeSpan.Zero });
        var detected = new List<string>();
        pipeline.BodyDetected += detected.Add;

        for (var i = 0; i < 5; i++)
        {
            pipeline.Push(StreamFrames.At(i * Period, "a", leftHandZ: 0f));
            pipeline.Push(StreamFrames.At(i * Period, "b", leftHandZ: 0.2f * i));
        }

        Assert.Equal(["a", "b"], detected);
        Assert.Equal("a", pipeline.PartnerId);
        pipeline.SelectPartner("b");
        Assert.Equal("b", pipeline.Partner!.PersonId);
        Assert.True(pipeline.Partner.LeftArmEnergy > 0.1f, "b moves its left hand");
        Assert.True(pipeline.TryGetFeatures("a", out var a));
        Assert.True(a.LeftArmEnergy < 1e-6f, "a stands still");
    }

    [Fact]
    public void Advance_AutomaticPartnerLost_NextPersonBecomesPartner()
    {
        var (pipeline, _) = Create(new StreamOptions { PersonLostTimeout = TimeSpan.FromSeconds(1) });
        pipeline.Push(StreamFrames.At(0, "a"));
        for (var i = 0; i < 60; i++)
        {
            pipeline.Push(StreamFrames.At(i * Period, "b"));
        }

        Assert.Equal("b", pipeline.PartnerId);
    }

    [Fact]
    public void Push_PersonSwitchesFrom3DTo2D_FrameDroppedAsSpaceMismatch()
    {
        var (pipeline, _) = Create();
        pipeline.Push(StreamFrames.At(0));
        var flat = new CanonicalSkeleton(SkeletonSpace.Image2D) { PersonId = "p1", Timestamp = TimeSpan.FromSeconds(0.1) };

        Assert.Equal(FrameRejection.SpaceMismatch, pipeline.Push(flat));
    }

    [Fact]
    public void Push_MorePeopleThanAllowed_NewcomerRejected()
    {
        var (pipeline, _) = Create(new StreamOptions { MaxPeople = 1 });
        pipeline.Push(StreamFrames.At(0, "a"));

        Assert.Equal(FrameRejection.TooManyPeople, pipeline.Push(StreamFrames.At(0, "b")));
    }

    [Fact]
    public void Features_WithWorkspace_HandsInRobotFrame()
    {
        var toRobot = Matrix4x4.CreateTranslation(0f, 0f, -2f);
        var options = new StreamOptions { ReorderWindow = TimeSpan.Zero, Workspace = new RobotWorkspace(toRobot, Vector3.Zero, 0.5f) };
        var (pipeline, _) = Create(options);

        pipeline.Push(StreamFrames.At(0));

        var partner = pipeline.Partner!;
        Assert.True(partner.HasWorkspace);
        // Left hand at body (0.2, 0.6, 0) x 0.4 m around (0, 0, 2): (0.08, 0.24, 2) in the camera frame.
        Assert.True(Vector3.Distance(new Vector3(0.08f, 0.24f, 0f), partner.LeftHandInRobot) < 1e-4f, $"{partner.LeftHandInRobot}");
        Assert.True(partner.LeftHandOutsideWorkspace < 0f, "the hand is within 0.5 m of the base");
    }

    [Fact]
    public void Options_SeveralInvalid_OneMessageNamesEach()
    {
        var error = Assert.Throws<ArgumentException>(() => new PerceptionPipeline(new StreamOptions { MaxPeople = 0, ReorderWindow = TimeSpan.FromSeconds(-1) }));

        Assert.Contains("MaxPeople = 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("ReorderWindow", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The 'StreamOptions' are invalid.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Push_SteadyStateRawFrames_AllocatesNothing()
    {
        var pipeline = new PerceptionPipeline();
        var released = 0;
        pipeline.FeaturesReady += _ => released++;
        var values = TestPoses.KinectV1FacingSensor();
        for (var i = 0; i < 300; i++)
        {
            pipeline.Push(SkeletonLayouts.KinectV1, values, default, TimeSpan.FromSeconds(i * Period), "p1");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 300; i < 1300; i++)
        {
            pipeline.Push(SkeletonLayouts.KinectV1, values, default, TimeSpan.FromSeconds(i * Period), "p1");
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(released > 1200);
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-6;

        public int GetHashCode(double obj) => 0;
    }
}
