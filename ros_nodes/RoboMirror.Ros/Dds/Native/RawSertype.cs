using System.Runtime.InteropServices;
using System.Text;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>
/// A <c>struct ddsi_sertype</c> whose samples are opaque serialized bytes, as rmw_cyclonedds does it:
/// Cyclone DDS 0.10 has no dynamic types, so instead of building an op-code type descriptor we give the
/// topic our own sertype and move XCDR1 bytes through <c>dds_writecdr</c> / <c>dds_takecdr</c>. The type
/// carries no XTypes information, so Cyclone matches it with peers by topic and type name (as it does
/// for ROS 2's own). One native block: the 80-byte ddsi_sertype, then two function pointers the static
/// callbacks need (ddsi_sertype_fini and ddsi_serdata_init of the library copy that owns the type).
/// </summary>
internal static unsafe class RawSertype
{
    private const int FiniOffset = NativeLayout.SertypeSize;
    private const int SerdataInitOffset = NativeLayout.SertypeSize + 8;
    private const int BlockSize = NativeLayout.SertypeSize + 16;

    /// <summary>Creates an unregistered sertype named <paramref name="ddsTypeName"/>; dds_create_topic_sertype takes it over.</summary>
    public static IntPtr Create(DdscApi api, string ddsTypeName)
    {
        var block = (byte*)NativeMemory.AllocZeroed(BlockSize);
        *(IntPtr*)(block + FiniOffset) = api.ddsi_sertype_fini;
        *(IntPtr*)(block + SerdataInitOffset) = api.ddsi_serdata_init;
        var name = Encoding.UTF8.GetBytes(ddsTypeName + "\0");
        fixed (byte* namePtr = name)
        {
            // ddsi_sertype_init copies the name; topickind_no_key: ROS 2 types have no key.
            api.ddsi_sertype_init((IntPtr)block, namePtr, api.Tables.SertypeOps, api.Tables.SerdataOps, 1);
        }

        return (IntPtr)block;
    }

    /// <summary>ddsi_serdata_init of the library that created <paramref name="sertype"/>.</summary>
    public static IntPtr SerdataInit(IntPtr sertype) => *(IntPtr*)((byte*)sertype + SerdataInitOffset);

    /// <summary>Called by Cyclone when the last topic using the type is gone.</summary>
    public static void Free(IntPtr sertype)
    {
        var fini = (delegate* unmanaged<IntPtr, void>)*(IntPtr*)((byte*)sertype + FiniOffset);
        fini(sertype);
        NativeMemory.Free((void*)sertype);
    }
}
