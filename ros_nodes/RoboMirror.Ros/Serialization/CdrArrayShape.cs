namespace RoboMirror.Ros.Serialization;

/// <summary>How a .msg array field is laid out: a fixed array of <see cref="Size"/> elements, or a sequence bounded to <see cref="Size"/> (0: unbounded).</summary>
/// <param name="IsFixed">True for <c>T[N]</c>; false for <c>T[]</c> and <c>T[&lt;=N]</c>.</param>
/// <param name="Size">Length of a fixed array, bound of a bounded sequence, 0 for an unbounded sequence.</param>
internal readonly record struct CdrArrayShape(bool IsFixed, int Size)
{
    /// <summary><c>T[]</c>.</summary>
    public static CdrArrayShape Unbounded => default;

    /// <summary><c>T[N]</c>.</summary>
    public static CdrArrayShape Fixed(int length) => new(true, length);

    /// <summary><c>T[&lt;=N]</c>.</summary>
    public static CdrArrayShape Bounded(int bound) => new(false, bound);
}
