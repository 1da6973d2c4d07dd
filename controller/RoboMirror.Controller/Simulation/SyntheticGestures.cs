using System.Numerics;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Controller.Simulation;

/// <summary>
/// A documented synthetic gesture generator for when no recordings are available: minimum-jerk movements
/// of the right arm of a canonical skeleton (body frame: +x forward, +y left, +z up, unit = shoulder width)
/// between key poses, at 30 Hz. Gestures: waving (raise, three side-to-side oscillations, lower), shaking
/// (reach forward to a handshake, pump three times, withdraw), fist_bump (reach forward and back). Durations
/// vary with the random source so no two clips are identical.
/// </summary>
public static class SyntheticGestures
{
    /// <summary>Gesture names the generator knows.</summary>
    public static IReadOnlyList<string> Names { get; } = ["waving", "shaking", "fist_bump"];

    private static readonly TimeSpan FramePeriod = TimeSpan.FromSeconds(1.0 / 30);
    private static readonly Vector3 RestElbow = new(0.05f, -0.55f, -0.75f);
    private static readonly Vector3 RestHand = new(0.15f, -0.55f, -1.45f);

    /// <summary>Creates one clip of the named gesture: 0.5 s rest, the movement, 0.5 s rest.</summary>
    public static GestureClip Create(string gesture, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var speed = 0.85 + (0.3 * random.NextDouble());
        var keys = gesture switch
        {
            "waving" => Waving(speed),
            "shaking" => Shaking(speed),
            "fist_bump" => FistBump(speed),
            _ => throw new ArgumentException($"Unknown synthetic gesture '{gesture}'; known: {string.Join(", ", Names)}.", nameof(gesture)),
        };

        var rest = TimeSpan.FromSeconds(0.5);
        var frames = new List<CanonicalSkeleton>();
        var t = TimeSpan.Zero;
        var movement = keys.Sum(k => k.Duration.Ticks);
        var end = rest + TimeSpan.FromTicks(movement) + rest;
        for (; t <= end; t += FramePeriod)
        {
            var (elbow, hand) = PoseAt(keys, t - rest);
            frames.Add(Frame(t, elbow, hand));
        }

        return new GestureClip(gesture, "synthetic", frames, rest, rest + TimeSpan.FromTicks(movement)).Validate();
    }

    private readonly record struct Key(Vector3 Elbow, Vector3 Hand, TimeSpan Duration);

    private static (Vector3 Elbow, Vector3 Hand) PoseAt(IReadOnlyList<Key> keys, TimeSpan t)
    {
        var elbow = RestElbow;
        var hand = RestHand;
        foreach (var key in keys)
        {
            if (t <= TimeSpan.Zero)
            {
                break;
            }

            var tau = Math.Min(1.0, t / key.Duration);
            elbow = MinimumJerk.Interpolate(elbow, key.Elbow, tau);
            hand = MinimumJerk.Interpolate(hand, key.Hand, tau);
            t -= key.Duration;
        }

        return (elbow, hand);
    }

    private static TimeSpan S(double seconds, double speed) => TimeSpan.FromSeconds(seconds / speed);

    private static List<Key> Waving(double speed)
    {
        var upElbow = new Vector3(0.1f, -0.95f, -0.1f);
        var keys = new List<Key> { new(upElbow, new Vector3(0.2f, -0.9f, 0.6f), S(0.7, speed)) };
        for (var i = 0; i < 3; i++)
        {
            keys.Add(new(upElbow, new Vector3(0.2f, -0.6f, 0.6f), S(0.3, speed)));
            keys.Add(new(upElbow, new Vector3(0.2f, -1.15f, 0.55f), S(0.3, speed)));
        }

        keys.Add(new(RestElbow, RestHand, S(0.7, speed)));
        return keys;
    }

    private static List<Key> Shaking(double speed)
    {
        // A brisk reach and three firm pumps: slower or smaller pumps stay below the activity segmenter's
        // on-threshold, and a real handshake offer is plainly visible motion.
        var elbow = new Vector3(0.45f, -0.6f, -0.6f);
        return
        [
            new(elbow, new Vector3(1.1f, -0.35f, -0.65f), S(0.6, speed)),
            new(elbow, new Vector3(1.1f, -0.35f, -0.35f), S(0.2, speed)),
            new(elbow, new Vector3(1.1f, -0.35f, -0.85f), S(0.2, speed)),
            new(elbow, new Vector3(1.1f, -0.35f, -0.35f), S(0.2, speed)),
            new(elbow, new Vector3(1.1f, -0.35f, -0.65f), S(0.2, speed)),
            new(RestElbow, RestHand, S(0.6, speed)),
        ];
    }

    private static List<Key> FistBump(double speed)
    {
        var elbow = new Vector3(0.5f, -0.6f, -0.45f);
        return
        [
            new(elbow, new Vector3(1.2f, -0.3f, -0.25f), S(0.7, speed)),
            new(elbow, new Vector3(1.2f, -0.3f, -0.25f), S(0.3, speed)),
            new(RestElbow, RestHand, S(0.7, speed)),
        ];
    }

    private static CanonicalSkeleton Frame(TimeSpan t, Vector3 rightElbow, Vector3 rightHand)
    {
        var s = new CanonicalSkeleton { Timestamp = t, PersonId = "synthetic" };
        s.Set(CanonicalJoint.Head, new Vector3(0f, 0f, 0.55f), 1f);
        s.Set(CanonicalJoint.Neck, new Vector3(0f, 0f, 0.1f), 1f);
        s.Set(CanonicalJoint.Torso, new Vector3(0f, 0f, -0.9f), 1f);
        s.Set(CanonicalJoint.LeftShoulder, new Vector3(0f, 0.5f, 0f), 1f);
        s.Set(CanonicalJoint.LeftElbow, new Vector3(0.05f, 0.55f, -0.75f), 1f);
        s.Set(CanonicalJoint.LeftHand, new Vector3(0.15f, 0.55f, -1.45f), 1f);
        s.Set(CanonicalJoint.RightShoulder, new Vector3(0f, -0.5f, 0f), 1f);
        s.Set(CanonicalJoint.RightElbow, rightElbow, 1f);
        s.Set(CanonicalJoint.RightHand, rightHand, 1f);
        return s;
    }
}
