using RoboMirror.Models.Features;
using RoboMirror.Perception.Skeleton;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Training;

/// <summary>
/// Seeded augmentation of observation windows [batch, frames, features], each drawn per window:
/// <list type="bullet">
/// <item>left/right mirror (y → −y, left and right arm swapped) with probability 1/2: a wave with the other
/// hand is the same wave;</item>
/// <item>arm drop: with probability <c>armDrop</c> one arm's elbow and hand become untracked and its shoulder
/// confidence halves, as the recordings' untracked-arm placeholders are read (pairs 3 and 4);</item>
/// <item>amplitude scale 1 ± jitter on positions (people differ in reach) and Gaussian position noise
/// (Kinect jitter) on tracked joints.</item>
/// </list>
/// Confidences are not noised and untracked joints stay (0, 0, 0, 0).
/// </summary>
internal sealed class Augmenter : IDisposable
{
    private static readonly long[] MirroredJoints = MirrorOrder();

    private readonly Generator _generator;
    private readonly double _noise;
    private readonly double _jitter;
    private readonly double _mirror;
    private readonly double _armDrop;

    public Augmenter(long seed, double noise, double jitter, double mirror = 0, double armDrop = 0)
    {
        _generator = new Generator((ulong)seed);
        _noise = noise;
        _jitter = jitter;
        _mirror = mirror;
        _armDrop = armDrop;
    }

    public Tensor Apply(Tensor windows)
    {
        using var scope = NewDisposeScope();
        var shape = windows.shape;
        var batch = shape[0];
        var joints = shape[2] / SkeletonFeatures.PerJoint;
        var x = windows.reshape(batch, shape[1], joints, SkeletonFeatures.PerJoint);

        if (_mirror > 0)
        {
            var flip = tensor(new float[] { 1f, -1f, 1f, 1f });
            var mirrored = x.index_select(2, tensor(MirroredJoints)) * flip;
            var chosen = rand([batch, 1, 1, 1], generator: _generator).lt(_mirror);
            x = where(chosen, mirrored, x);
        }

        if (_armDrop > 0)
        {
            x = DropArms(x, batch, joints);
        }

        var positions = x[.., .., .., ..3];
        var confidence = x[.., .., .., 3..];
        var tracked = confidence.gt(0).to_type(ScalarType.Float32);
        var scale = 1 + (((rand([batch, 1, 1, 1], generator: _generator) * 2) - 1) * _jitter);
        var noise = randn(positions.shape, generator: _generator) * _noise;
        var moved = ((positions * scale) + noise) * tracked;
        return cat([moved, confidence], 3).reshape(shape).MoveToOuterDisposeScope();
    }

    public void Dispose() => _generator.Dispose();

    private Tensor DropArms(Tensor x, long batch, long joints)
    {
        var draw = rand([batch, 1], generator: _generator);
        var dropLeft = draw.lt(_armDrop / 2).to_type(ScalarType.Float32);
        var dropRight = draw.ge(_armDrop / 2).logical_and(draw.lt(_armDrop)).to_type(ScalarType.Float32);
        var leftArm = JointMask(joints, CanonicalJoint.LeftElbow, CanonicalJoint.LeftHand);
        var rightArm = JointMask(joints, CanonicalJoint.RightElbow, CanonicalJoint.RightHand);
        var leftShoulder = JointMask(joints, CanonicalJoint.LeftShoulder);
        var rightShoulder = JointMask(joints, CanonicalJoint.RightShoulder);
        var keep = (1 - ((dropLeft * leftArm) + (dropRight * rightArm))).reshape(batch, 1, joints, 1);
        var shoulderConfidence = (1 - (0.5f * ((dropLeft * leftShoulder) + (dropRight * rightShoulder)))).reshape(batch, 1, joints, 1);
        var halfConfidence = cat([ones(batch, 1, joints, 3), shoulderConfidence], 3);
        return x * keep * halfConfidence;
    }

    private static Tensor JointMask(long joints, params CanonicalJoint[] chosen)
    {
        var mask = new float[joints];
        foreach (var joint in chosen)
        {
            mask[(int)joint] = 1f;
        }

        return tensor(mask).reshape(1, joints);
    }

    private static long[] MirrorOrder()
    {
        var order = new long[CanonicalJoints.Count];
        for (var j = 0; j < order.Length; j++)
        {
            order[j] = j;
        }

        (order[(int)CanonicalJoint.LeftShoulder], order[(int)CanonicalJoint.RightShoulder]) = ((int)CanonicalJoint.RightShoulder, (int)CanonicalJoint.LeftShoulder);
        (order[(int)CanonicalJoint.LeftElbow], order[(int)CanonicalJoint.RightElbow]) = ((int)CanonicalJoint.RightElbow, (int)CanonicalJoint.LeftElbow);
        (order[(int)CanonicalJoint.LeftHand], order[(int)CanonicalJoint.RightHand]) = ((int)CanonicalJoint.RightHand, (int)CanonicalJoint.LeftHand);
        return order;
    }
}
