using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>
/// <c>ddsi_serdata_ops</c> of the raw-bytes type: Cyclone calls these on its receive and write paths to
/// build, copy, reference and free samples. They touch no managed objects and never throw; a failed
/// allocation returns null, which Cyclone treats as a sample it could not build (it drops it).
/// Keyless topics: every key compares equal and the key hash is zero.
/// </summary>
internal static unsafe class RawSerdataCallbacks
{
    [UnmanagedCallersOnly]
    public static byte EqualKey(IntPtr a, IntPtr b) => 1;

    [UnmanagedCallersOnly]
    public static uint GetSize(byte* serdata) => *(uint*)(serdata + RawSerdata.SizeOffset);

    /// <summary>
    /// ddsi_serdata_from_ser: copies a received sample out of its chain of fragments (struct nn_rdata:
    /// rmsg, nextfrag, min, maxp1, ..., payload_zoff). Fragments may overlap; only new bytes are copied,
    /// and nothing beyond <paramref name="size"/> is ever written.
    /// </summary>
    [UnmanagedCallersOnly]
    public static byte* FromFragments(IntPtr sertype, int kind, byte* fragment, nuint size)
    {
        if (size > int.MaxValue)
        {
            return null;
        }

        var block = TryAllocate(sertype, kind, (uint)size);
        if (block == null)
        {
            return null;
        }

        var destination = block + RawSerdata.DataOffset;
        uint offset = 0;
        while (fragment != null && offset < size)
        {
            var min = *(uint*)(fragment + NativeLayout.FragmentMin);
            var maxp1 = *(uint*)(fragment + NativeLayout.FragmentMaxPlusOne);
            if (maxp1 > offset && min <= offset)
            {
                var message = *(byte**)fragment;
                var payloadOffset = *(ushort*)(fragment + NativeLayout.FragmentPayloadOffset);
                var source = message + NativeLayout.ReceiveMessageSize + payloadOffset + (offset - min);
                var count = Math.Min(maxp1, (uint)size) - offset;
                Buffer.MemoryCopy(source, destination + offset, size - offset, count);
                offset += count;
            }

            fragment = *(byte**)(fragment + NativeLayout.FragmentNext);
        }

        if (offset < size)
        {
            // Fragments did not cover the sample: keep what arrived, zero the rest (it cannot be trusted anyway).
            new Span<byte>(destination + offset, (int)((uint)size - offset)).Clear();
        }

        return block;
    }

    /// <summary>ddsi_serdata_from_ser_iov: copies a sample given as an I/O vector.</summary>
    [UnmanagedCallersOnly]
    public static byte* FromIoVec(IntPtr sertype, int kind, nuint count, IoVec* vectors, nuint size)
    {
        if (size > int.MaxValue)
        {
            return null;
        }

        var block = TryAllocate(sertype, kind, (uint)size);
        if (block == null)
        {
            return null;
        }

        var destination = block + RawSerdata.DataOffset;
        nuint offset = 0;
        for (nuint i = 0; i < count && offset < size; i++)
        {
            var n = Math.Min(vectors[i].Length, size - offset);
            Buffer.MemoryCopy(vectors[i].Base, destination + offset, size - offset, n);
            offset += n;
        }

        return block;
    }

    /// <summary>ddsi_serdata_from_keyhash: keyless, so just an empty key sample.</summary>
    [UnmanagedCallersOnly]
    public static byte* FromKeyHash(IntPtr sertype, IntPtr keyHash) => TryAllocate(sertype, RawSerdata.KindKey, 0);

    [UnmanagedCallersOnly]
    public static byte* FromSample(IntPtr sertype, int kind, RawSample* sample)
    {
        if (kind != RawSerdata.KindData || sample == null || sample->Size > int.MaxValue)
        {
            return TryAllocate(sertype, kind, 0);
        }

        var block = TryAllocate(sertype, kind, (uint)sample->Size);
        if (block != null && sample->Size > 0)
        {
            Buffer.MemoryCopy(sample->Data, block + RawSerdata.DataOffset, sample->Size, sample->Size);
        }

        return block;
    }

    /// <summary>ddsi_serdata_to_ser: off + sz may reach the next multiple of 4 (the zeroed padding).</summary>
    [UnmanagedCallersOnly]
    public static void ToSerialized(byte* serdata, nuint offset, nuint size, byte* buffer) =>
        Buffer.MemoryCopy(serdata + RawSerdata.DataOffset + offset, buffer, size, size);

    [UnmanagedCallersOnly]
    public static byte* ToSerializedRef(byte* serdata, nuint offset, nuint size, IoVec* reference)
    {
        reference->Base = serdata + RawSerdata.DataOffset + offset;
        reference->Length = size;
        RawSerdata.AddRef(serdata);
        return serdata;
    }

    [UnmanagedCallersOnly]
    public static void ToSerializedUnref(byte* serdata, IoVec* reference) => RawSerdata.Release(serdata);

    /// <summary>Samples of this type are only taken as serdata (dds_takecdr); typed reads are refused.</summary>
    [UnmanagedCallersOnly]
    public static byte ToSample(byte* serdata, RawSample* sample, IntPtr bufferPointer, IntPtr bufferLimit) => 0;

    /// <summary>ddsi_serdata_to_untyped: the key-only form used for instance lookup; keyless, so empty and untyped.</summary>
    [UnmanagedCallersOnly]
    public static byte* ToUntyped(byte* serdata)
    {
        var sertype = *(IntPtr*)(serdata + RawSerdata.TypeOffset);
        var block = TryAllocate(sertype, RawSerdata.KindKey, 0);
        if (block != null)
        {
            *(IntPtr*)(block + RawSerdata.TypeOffset) = IntPtr.Zero;
        }

        return block;
    }

    [UnmanagedCallersOnly]
    public static byte UntypedToSample(IntPtr sertype, byte* serdata, IntPtr sample, IntPtr bufferPointer, IntPtr bufferLimit) => 1;

    [UnmanagedCallersOnly]
    public static void Free(byte* serdata) => NativeMemory.Free(serdata);

    /// <summary>For Cyclone's trace output: "N bytes".</summary>
    [UnmanagedCallersOnly]
    public static nuint Print(IntPtr sertype, byte* serdata, byte* buffer, nuint bufferSize)
    {
        if (bufferSize == 0)
        {
            return 0;
        }

        Span<byte> text = stackalloc byte[32];
        var size = *(uint*)(serdata + RawSerdata.SizeOffset);
        size.TryFormat(text, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
        " bytes"u8.CopyTo(text[length..]);
        length += 6;
        var copied = (int)Math.Min((nuint)length, bufferSize - 1);
        text[..copied].CopyTo(new Span<byte>(buffer, copied));
        buffer[copied] = 0;
        return (nuint)length;
    }

    [UnmanagedCallersOnly]
    public static void GetKeyHash(byte* serdata, byte* keyHash, byte forceMd5) => new Span<byte>(keyHash, 16).Clear();

    private static byte* TryAllocate(IntPtr sertype, int kind, uint size)
    {
        try
        {
            return RawSerdata.Allocate(sertype, kind, size);
        }
        catch (OutOfMemoryException)
        {
            return null;
        }
    }
}
