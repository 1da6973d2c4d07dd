using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>A <c>dds_qos_t</c> being built; deleted with <c>dds_delete_qos</c>.</summary>
internal sealed unsafe class DdsQos : SafeHandle
{
    private readonly DdscApi _api;

    public DdsQos(DdscApi api)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        _api = api;
        SetHandle(api.dds_create_qos());
        if (IsInvalid)
        {
            throw new OutOfMemoryException("dds_create_qos returned null: Cyclone DDS is out of memory.");
        }
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public IntPtr Pointer => handle;

    /// <summary>Sets USER_DATA to the UTF-8 bytes of <paramref name="text"/> (no terminating NUL, as ROS 2 writes it).</summary>
    public void SetUserData(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        fixed (byte* p = bytes)
        {
            _api.dds_qset_userdata(handle, p, (nuint)bytes.Length);
        }
    }

    protected override bool ReleaseHandle()
    {
        _api.dds_delete_qos(handle);
        return true;
    }
}
