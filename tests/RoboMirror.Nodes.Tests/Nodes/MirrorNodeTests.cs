using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Hardware.Description;
using RoboMirror.Models.Contract;
using RoboMirror.Models.Inference;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Parameters;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Nodes.Tests.Nodes;

public sealed class MirrorNodeTests
{
    [Fact(Timeout = 30_000)]
    public async Task Create_ModelFileMissing_ThrowsTheModelsErrorNamingTheFile()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var path = Path.Combine(Path.GetTempPath(), $"robomirror-missing-{Guid.NewGuid():N}.onnx");

        var e = Assert.Throws<ModelFileException>(() => new MirrorNode(h.CreateNode(MirrorNode.NodeName), path));
        Assert.Equal(path, e.FilePath);
    }

    [Fact(Timeout = 30_000)]
    public async Task Create_ModelFileCorrupt_ThrowsTheModelsError()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var path = Path.Combine(Path.GetTempPath(), $"robomirror-corrupt-{Guid.NewGuid():N}.onnx");
        await File.WriteAllTextAsync(path, "not an onnx model");
        try
        {
            Assert.Throws<ModelFileException>(() => new MirrorNode(h.CreateNode(MirrorNode.NodeName), path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task Tick_PartnerStates_PublishesTheModelsSignalStampedWithTheNewestFrame()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var signals = h.Collect<MirrorSignal>(SessionTopics.MirrorSignal, QosProfile.Default);
        var states = h.Peer.CreatePublisher<PartnerState>(SessionTopics.PartnerObserved, QosProfile.SensorData);
        using var mirror = new MirrorNode(h.CreateNode(MirrorNode.NodeName), TestPaths.TinyObservationModel);
        var clip = SyntheticGestures.Create("waving", new Random(2));
        var frame = new CanonicalSkeleton();
        var message = new PartnerState();
        var next = TimeSpan.Zero;
        var lastSent = TimeSpan.Zero;

        h.Advance(TimeSpan.FromSeconds(1), eachStep: now =>
        {
            if (now >= next)
            {
                clip.FrameAt(now).CopyTo(frame);
                frame.Timestamp = now;
                PartnerStateMessages.FillSkeleton(message, frame, "p7");
                states.Publish(message);
                lastSent = now;
                next += TimeSpan.FromSeconds(1.0 / 30);
            }
        });

        Assert.InRange(signals.Count, 12, 16);
        var last = signals[^1];
        Assert.Equal(GestureLabels.Default, last.GestureClasses);
        Assert.Equal(1f, last.GestureProbabilities.Sum(), 1e-4f);
        Assert.Equal(ActivityBins.ExpectedTimeToEnd(last.ActivityProjection), last.ExpectedTimeToEnd, 1e-5f);
        Assert.StartsWith("tiny-observation.onnx ", last.ModelId, StringComparison.Ordinal);
        Assert.Equal("p7", last.PartnerId);
        Assert.InRange(SessionTime.Of(last.Header.Stamp), lastSent - TimeSpan.FromMilliseconds(70), lastSent);
    }

    [Fact(Timeout = 30_000)]
    public async Task Tick_WithAnExecutionModel_ReportsTheResonanceOfEveryAnswer()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var signals = h.Collect<MirrorSignal>(SessionTopics.MirrorSignal, QosProfile.Default);
        var states = h.Peer.CreatePublisher<PartnerState>(SessionTopics.PartnerObserved, QosProfile.SensorData);
        var node = h.CreateNode(MirrorNode.NodeName, new Dictionary<string, ParameterValue> { ["execution_model_path"] = ParameterValue.From(TestPaths.TinyExecutionModel) });
        using var mirror = new MirrorNode(node, TestPaths.TinyObservationModel, AnswerRepertoire.Synthetic(ArmModels.Ur5e, seed: 1));
        var frame = SyntheticGestures.Create("shaking", new Random(4)).Frames[20].Clone();
        var message = new PartnerState();

        h.Advance(TimeSpan.FromMilliseconds(300), eachStep: now =>
        {
            frame.Timestamp = now;
            PartnerStateMessages.FillSkeleton(message, frame, "p1");
            states.Publish(message);
        });

        var last = signals[^1];
        Assert.Equal(AnswerIds.All.Order(StringComparer.Ordinal), last.RepertoireIds);
        Assert.Equal(last.RepertoireIds.Length, last.Resonance.Length);
        Assert.All(last.Resonance, r => Assert.InRange(r, -1.0001f, 1.0001f));
        Assert.True(last.Resonance.Distinct().Count() > 1, "every answer resonates the same");
    }
}
