using RoboMirror.Ros.Serialization;

namespace RoboMirror.Ros.Dds;

/// <summary>
/// DDSI carries samples in whole 4-byte units. Cyclone DDS (and so rmw_cyclonedds and RoboMirror's own
/// serializer) pads XCDR1 samples with zeros to a multiple of 4 and puts the number of padding bytes in
/// the low two bits of the encapsulation options (big-endian, so byte 3). A writer here does the same
/// for samples that arrive unpadded, so a sample has the same bytes whether it is delivered inside the
/// process or over the network; readers hand on exactly the bytes that arrived.
/// </summary>
internal static class SamplePadding
{
    private const byte PaddingMask = 0x03;

    /// <summary>The stored length of a sample of <paramref name="length"/> bytes: the next multiple of 4.</summary>
    public static uint PaddedLength(int length) => ((uint)length + 3u) & ~3u;

    /// <summary>
    /// Sets the padding count of a plain-CDR sample that was just padded from <paramref name="originalLength"/>
    /// to <paramref name="sample"/>.Length bytes; a sample that needed no padding is left as it is.
    /// </summary>
    public static void MarkPadding(Span<byte> sample, int originalLength)
    {
        var padding = sample.Length - originalLength;
        if (padding > 0 && IsPlainCdr(sample[..originalLength]))
        {
            sample[3] = (byte)((sample[3] & ~PaddingMask) | padding);
        }
    }

    private static bool IsPlainCdr(ReadOnlySpan<byte> sample) =>
        sample.Length >= CdrEncapsulation.HeaderLength && sample[0] == 0
        && sample[1] is CdrEncapsulation.CdrLittleEndian or CdrEncapsulation.CdrBigEndian;
}
