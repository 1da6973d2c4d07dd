using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>
/// <c>ddsi_sertype_ops</c> of the raw-bytes type. Called on Cyclone's threads: they touch no managed
/// state and cannot throw. Samples are never allocated through the type (RoboMirror reads and writes
/// serdata directly), so the sample hooks have nothing to allocate or zero.
/// </summary>
internal static unsafe class RawTypeCallbacks
{
    [UnmanagedCallersOnly]
    public static void SertypeFree(IntPtr sertype) => RawSertype.Free(sertype);

    [UnmanagedCallersOnly]
    public static void ZeroSamples(IntPtr sertype, IntPtr samples, nuint count)
    {
        if (samples != IntPtr.Zero)
        {
            NativeMemory.Clear((void*)samples, count * (nuint)sizeof(RawSample));
        }
    }

    [UnmanagedCallersOnly]
    public static void ReallocSamples(IntPtr* pointers, IntPtr sertype, IntPtr old, nuint oldCount, nuint count)
    {
        RawSample* block;
        try
        {
            block = (RawSample*)NativeMemory.Realloc((void*)old, count * (nuint)sizeof(RawSample));
        }
        catch (OutOfMemoryException)
        {
            // Cyclone's own allocator would abort here; leaving the pointers unset makes the read fail instead.
            return;
        }

        if (count > oldCount)
        {
            NativeMemory.Clear(block + oldCount, (count - oldCount) * (nuint)sizeof(RawSample));
        }

        for (nuint i = 0; i < count; i++)
        {
            pointers[i] = (IntPtr)(block + i);
        }
    }

    [UnmanagedCallersOnly]
    public static void FreeSamples(IntPtr sertype, IntPtr* pointers, nuint count, int freeOperation)
    {
        // DDS_FREE_ALL_BIT (4) asks to release the sample array itself; the contents point into serdata.
        const int freeAllBit = 4;
        if (count > 0 && (freeOperation & freeAllBit) != 0 && pointers[0] != IntPtr.Zero)
        {
            NativeMemory.Free((void*)pointers[0]);
        }
    }

    /// <summary>Called only after type name, flags and ops compared equal: every raw type with one name is the same.</summary>
    [UnmanagedCallersOnly]
    public static byte SertypeEqual(IntPtr a, IntPtr b) => 1;

    [UnmanagedCallersOnly]
    public static uint SertypeHash(IntPtr sertype) => 0;

    [UnmanagedCallersOnly]
    public static nuint SerializedSize(IntPtr sertype, RawSample* sample) => sample->Size;

    [UnmanagedCallersOnly]
    public static byte SerializeInto(IntPtr sertype, RawSample* sample, byte* destination, nuint destinationSize)
    {
        if (sample->Size > destinationSize)
        {
            return 0;
        }

        Buffer.MemoryCopy(sample->Data, destination, (long)destinationSize, (long)sample->Size);
        return 1;
    }
}
