using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>
/// A serialized sample as Cyclone DDS holds it for a <see cref="RawSertype"/> topic: one native block that
/// starts with <c>struct ddsi_serdata</c> (72 bytes in 0.10.2 with DDS_HAS_SHM), then the size and the
/// bytes (encapsulation header included), padded with zeros to a multiple of 4 because Cyclone may read
/// up to the next multiple of 4 when it sends.
/// </summary>
internal static unsafe class RawSerdata
{
    public const int RefCountOffset = NativeLayout.SerdataRefCount;
    public const int TypeOffset = NativeLayout.SerdataType;
    public const int SizeOffset = NativeLayout.SerdataSize;
    public const int DataOffset = NativeLayout.SerdataSize + 8;

    /// <summary>enum ddsi_serdata_kind.</summary>
    public const int KindEmpty = 0;
    public const int KindKey = 1;
    public const int KindData = 2;

    /// <summary>Allocates a serdata of <paramref name="size"/> bytes (padding zeroed) initialised by ddsi_serdata_init.</summary>
    /// <exception cref="OutOfMemoryException">No memory (callbacks from Cyclone catch it and return null).</exception>
    public static byte* Allocate(IntPtr sertype, int kind, uint size)
    {
        var padded = (size + 3u) & ~3u;
        var block = (byte*)NativeMemory.Alloc((nuint)(DataOffset + padded));
        var init = (delegate* unmanaged<byte*, IntPtr, int, void>)RawSertype.SerdataInit(sertype);
        init(block, sertype, kind);
        *(uint*)(block + SizeOffset) = size;
        if (padded > size)
        {
            new Span<byte>(block + DataOffset + size, (int)(padded - size)).Clear();
        }

        return block;
    }

    /// <summary>The serialized bytes held by <paramref name="serdata"/>.</summary>
    public static ReadOnlySpan<byte> Bytes(IntPtr serdata)
    {
        var block = (byte*)serdata;
        return new ReadOnlySpan<byte>(block + DataOffset, (int)*(uint*)(block + SizeOffset));
    }

    /// <summary>Writable view of the bytes of a serdata just allocated.</summary>
    public static Span<byte> WritableBytes(byte* block) => new(block + DataOffset, (int)*(uint*)(block + SizeOffset));

    /// <summary>ddsi_serdata_ref: one more reference.</summary>
    public static void AddRef(byte* block) => Interlocked.Increment(ref *(int*)(block + RefCountOffset));

    /// <summary>ddsi_serdata_unref: frees the block when the last reference goes (every serdata here is one of ours).</summary>
    public static void Release(byte* block)
    {
        if (Interlocked.Decrement(ref *(int*)(block + RefCountOffset)) == 0)
        {
            NativeMemory.Free(block);
        }
    }
}
