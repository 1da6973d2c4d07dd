using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>
/// The "application sample" of a <see cref="RawSertype"/> topic: a pointer to serialized bytes and their
/// length. Cyclone only sees it if someone calls dds_write on such a topic; RoboMirror writes with
/// dds_writecdr, but the hooks that take a sample handle this form so nothing is left undefined.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct RawSample
{
    public byte* Data;
    public nuint Size;
}
