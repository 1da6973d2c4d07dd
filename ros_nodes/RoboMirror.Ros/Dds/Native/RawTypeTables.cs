using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>
/// The <c>ddsi_sertype_ops</c> (14 pointers) and <c>ddsi_serdata_ops</c> (17 pointers, DDS_HAS_SHM
/// included) tables of the raw-bytes type, allocated once per loaded library and never freed (Cyclone
/// may use them until the process ends).
/// </summary>
internal sealed unsafe class RawTypeTables
{
    public RawTypeTables(DdscApi api)
    {
        var sertype = (IntPtr*)NativeMemory.AllocZeroed(NativeLayout.SertypeOpsCount, (nuint)sizeof(IntPtr));
        sertype[0] = api.ddsi_sertype_v0; // version
        sertype[1] = IntPtr.Zero; // arg
        sertype[2] = (IntPtr)(delegate* unmanaged<IntPtr, void>)&RawTypeCallbacks.SertypeFree;
        sertype[3] = (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, nuint, void>)&RawTypeCallbacks.ZeroSamples;
        sertype[4] = (IntPtr)(delegate* unmanaged<IntPtr*, IntPtr, IntPtr, nuint, nuint, void>)&RawTypeCallbacks.ReallocSamples;
        sertype[5] = (IntPtr)(delegate* unmanaged<IntPtr, IntPtr*, nuint, int, void>)&RawTypeCallbacks.FreeSamples;
        sertype[6] = (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, byte>)&RawTypeCallbacks.SertypeEqual;
        sertype[7] = (IntPtr)(delegate* unmanaged<IntPtr, uint>)&RawTypeCallbacks.SertypeHash;
        // 8 type_id, 9 type_map, 10 type_info, 11 derive_sertype: none (no XTypes information).
        sertype[12] = (IntPtr)(delegate* unmanaged<IntPtr, RawSample*, nuint>)&RawTypeCallbacks.SerializedSize;
        sertype[13] = (IntPtr)(delegate* unmanaged<IntPtr, RawSample*, byte*, nuint, byte>)&RawTypeCallbacks.SerializeInto;
        SertypeOps = (IntPtr)sertype;

        var serdata = (IntPtr*)NativeMemory.AllocZeroed(NativeLayout.SerdataOpsCount, (nuint)sizeof(IntPtr));
        serdata[0] = (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, byte>)&RawSerdataCallbacks.EqualKey;
        serdata[1] = (IntPtr)(delegate* unmanaged<byte*, uint>)&RawSerdataCallbacks.GetSize;
        serdata[2] = (IntPtr)(delegate* unmanaged<IntPtr, int, byte*, nuint, byte*>)&RawSerdataCallbacks.FromFragments;
        serdata[3] = (IntPtr)(delegate* unmanaged<IntPtr, int, nuint, IoVec*, nuint, byte*>)&RawSerdataCallbacks.FromIoVec;
        serdata[4] = (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, byte*>)&RawSerdataCallbacks.FromKeyHash;
        serdata[5] = (IntPtr)(delegate* unmanaged<IntPtr, int, RawSample*, byte*>)&RawSerdataCallbacks.FromSample;
        serdata[6] = (IntPtr)(delegate* unmanaged<byte*, nuint, nuint, byte*, void>)&RawSerdataCallbacks.ToSerialized;
        serdata[7] = (IntPtr)(delegate* unmanaged<byte*, nuint, nuint, IoVec*, byte*>)&RawSerdataCallbacks.ToSerializedRef;
        serdata[8] = (IntPtr)(delegate* unmanaged<byte*, IoVec*, void>)&RawSerdataCallbacks.ToSerializedUnref;
        serdata[9] = (IntPtr)(delegate* unmanaged<byte*, RawSample*, IntPtr, IntPtr, byte>)&RawSerdataCallbacks.ToSample;
        serdata[10] = (IntPtr)(delegate* unmanaged<byte*, byte*>)&RawSerdataCallbacks.ToUntyped;
        serdata[11] = (IntPtr)(delegate* unmanaged<IntPtr, byte*, IntPtr, IntPtr, IntPtr, byte>)&RawSerdataCallbacks.UntypedToSample;
        serdata[12] = (IntPtr)(delegate* unmanaged<byte*, void>)&RawSerdataCallbacks.Free;
        serdata[13] = (IntPtr)(delegate* unmanaged<IntPtr, byte*, byte*, nuint, nuint>)&RawSerdataCallbacks.Print;
        serdata[14] = (IntPtr)(delegate* unmanaged<byte*, byte*, byte, void>)&RawSerdataCallbacks.GetKeyHash;
        // 15 get_sample_size, 16 from_iox_buffer: Iceoryx shared memory is not used.
        SerdataOps = (IntPtr)serdata;
    }

    public IntPtr SertypeOps { get; }

    public IntPtr SerdataOps { get; }
}
