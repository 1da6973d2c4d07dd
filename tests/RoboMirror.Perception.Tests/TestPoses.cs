using System.Numerics;

namespace RoboMirror.Perception.Tests;

/// <summary>Synthetic poses in source formats, for tests that need a known geometry.</summary>
internal static class TestPoses
{
    /// <summary>
    /// A Kinect v1 frame (20 joints, metres, x to the sensor's left, y up, z away) of a person 2 m in front of
    /// the sensor facing it, shoulders 0.4 m apart, left hand raised to the side.
    /// </summary>
    public static float[] KinectV1FacingSensor(Vector3 offset = default)
    {
        // Facing the sensor, the person's left is the sensor's right, i.e. -x.
        var joints = new Vector3[20];
        joints[0] = new(0f, 0f, 2f);         // hip centre
        joints[1] = new(0f, 0.2f, 2f);       // spine
        joints[2] = new(0f, 0.5f, 2f);       // shoulder centre
        joints[3] = new(0f, 0.75f, 2f);      // head
        joints[4] = new(-0.2f, 0.5f, 2f);    // left shoulder
        joints[5] = new(-0.45f, 0.5f, 2f);   // left elbow
        joints[6] = new(-0.65f, 0.55f, 2f);  // left wrist
        joints[7] = new(-0.7f, 0.6f, 2f);    // left hand
        joints[8] = new(0.2f, 0.5f, 2f);     // right shoulder
        joints[9] = new(0.25f, 0.25f, 2f);   // right elbow
        joints[10] = new(0.25f, 0.05f, 2f);  // right wrist
        joints[11] = new(0.25f, 0f, 1.95f);  // right hand
        for (var i = 12; i < 20; i++)
        {
            joints[i] = new(i < 16 ? -0.1f : 0.1f, -0.3f - (0.1f * (i % 4)), 2f);
        }

        return Flatten(joints, offset);
    }

    /// <summary>
    /// A COCO-18 frame (x, y, c) of a person facing the camera: the person's left shoulder appears on the
    /// image's right. With <paramref name="facingAway"/> the person shows their back.
    /// </summary>
    public static float[] Coco18(bool facingAway = false)
    {
        var sign = facingAway ? -1f : 1f;
        var points = new (float X, float Y)[18];
        points[0] = (0.5f, 0.2f);                 // nose
        points[1] = (0.5f, 0.3f);                 // neck
        points[2] = (0.5f - (sign * 0.1f), 0.3f); // right shoulder
        points[3] = (0.5f - (sign * 0.12f), 0.45f);
        points[4] = (0.5f - (sign * 0.12f), 0.6f);
        points[5] = (0.5f + (sign * 0.1f), 0.3f); // left shoulder
        points[6] = (0.5f + (sign * 0.2f), 0.3f); // left elbow, raised to the side
        points[7] = (0.5f + (sign * 0.2f), 0.15f); // left wrist, above
        points[8] = (0.5f - (sign * 0.07f), 0.65f);
        points[11] = (0.5f + (sign * 0.07f), 0.65f);
        for (var i = 9; i < 18; i++)
        {
            if (i != 11)
            {
                points[i] = (0.5f, 0.8f);
            }
        }

        var values = new float[54];
        for (var i = 0; i < 18; i++)
        {
            values[i * 3] = points[i].X;
            values[(i * 3) + 1] = points[i].Y;
            values[(i * 3) + 2] = 0.9f;
        }

        return values;
    }

    private static float[] Flatten(Vector3[] joints, Vector3 offset)
    {
        var values = new float[joints.Length * 3];
        for (var i = 0; i < joints.Length; i++)
        {
            values[i * 3] = joints[i].X + offset.X;
            values[(i * 3) + 1] = joints[i].Y + offset.Y;
            values[(i * 3) + 2] = joints[i].Z + offset.Z;
        }

        return values;
    }
}
