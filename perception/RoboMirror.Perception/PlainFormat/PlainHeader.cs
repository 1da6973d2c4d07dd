using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.PlainFormat;

/// <summary>The header of a plain-format file: which column holds what.</summary>
internal sealed class PlainHeader
{
    private PlainHeader(int time, int person, int label, int[,] joints, SkeletonSpace space, int columns)
    {
        Time = time;
        Person = person;
        Label = label;
        Joints = joints;
        Space = space;
        Columns = columns;
    }

    public int Time { get; }

    public int Person { get; }

    public int Label { get; }

    /// <summary>[joint, axis] column index, -1 when absent; axis 0..3 = x, y, z, c.</summary>
    public int[,] Joints { get; }

    public SkeletonSpace Space { get; }

    public int Columns { get; }

    public static PlainHeader Parse(string path, int lineNumber, string line)
    {
        var names = line.Split(',').Select(n => n.Trim()).ToArray();
        var joints = new int[CanonicalJoints.Count, 4];
        for (var j = 0; j < CanonicalJoints.Count; j++)
        {
            for (var a = 0; a < 4; a++)
            {
                joints[j, a] = -1;
            }
        }

        int time = -1, person = -1, label = -1;
        var anyZ = false;
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            switch (name)
            {
                case "time":
                    time = i;
                    continue;
                case "person":
                    person = i;
                    continue;
                case "label":
                    label = i;
                    continue;
            }

            var underscore = name.LastIndexOf('_');
            var axis = underscore < 0 ? -1 : "xyzc".IndexOf(name[(underscore + 1)..], StringComparison.Ordinal);
            if (axis < 0 || name.Length != underscore + 2 || !CanonicalJoints.TryParse(name[..underscore], out var joint))
            {
                throw new Datasets.DatasetFormatException(path, lineNumber, "column names time, person, label or <joint>_<x|y|z|c> with a canonical joint name (head, neck, torso, left_shoulder, ...)", $"'{name}' in column {i + 1}");
            }

            joints[(int)joint, axis] = i;
            anyZ |= axis == 2;
        }

        if (time < 0)
        {
            throw new Datasets.DatasetFormatException(path, lineNumber, "a 'time' column (seconds)", $"header '{line}'");
        }

        foreach (var shoulder in new[] { CanonicalJoint.LeftShoulder, CanonicalJoint.RightShoulder })
        {
            if (joints[(int)shoulder, 0] < 0 || joints[(int)shoulder, 1] < 0 || (anyZ && joints[(int)shoulder, 2] < 0))
            {
                throw new Datasets.DatasetFormatException(path, lineNumber, $"columns for {CanonicalJoints.Name(shoulder)} (the body frame needs both shoulders)", $"header '{line}'");
            }
        }

        return new PlainHeader(time, person, label, joints, anyZ ? SkeletonSpace.Body3D : SkeletonSpace.Image2D, names.Length);
    }
}
