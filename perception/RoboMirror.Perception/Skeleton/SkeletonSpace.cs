namespace RoboMirror.Perception.Skeleton;

/// <summary>Whether a canonical skeleton has depth.</summary>
public enum SkeletonSpace
{
    /// <summary>
    /// From a 3D source. Body frame (REP-103 style, right-handed): origin midway between the shoulders,
    /// +x forward (out of the chest), +y to the person's left, +z up; unit length = shoulder width.
    /// </summary>
    Body3D,

    /// <summary>
    /// From an image (2D) source. The same origin and scale, in the image plane: +y to the person's left
    /// as seen in the image, +z up. There is no x (depth) at all: reading a 3D position throws.
    /// </summary>
    Image2D,
}
