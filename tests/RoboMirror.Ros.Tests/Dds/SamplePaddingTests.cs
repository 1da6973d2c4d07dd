using RoboMirror.Ros.Dds;

namespace RoboMirror.Ros.Tests.Dds;

public sealed class SamplePaddingTests
{
    [Theory]
    [InlineData(5, 8, 3)]
    [InlineData(6, 8, 2)]
    [InlineData(7, 8, 1)]
    public void MarkPadding_PaddedPlainCdr_PutsTheCountInTheOptionBits(int length, int padded, int padding)
    {
        var sample = new byte[padded];
        sample[1] = 0x01;

        SamplePadding.MarkPadding(sample, length);

        Assert.Equal((uint)padded, SamplePadding.PaddedLength(length));
        Assert.Equal(padding, sample[3]);
    }

    [Fact]
    public void MarkPadding_AlreadyPadded_LeavesTheOptionsAlone()
    {
        byte[] sample = [0x00, 0x01, 0x00, 0x02, 0x02, 0x00, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00];

        SamplePadding.MarkPadding(sample, sample.Length);

        Assert.Equal(0x02, sample[3]);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x07, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00 }, 5)] // XCDR2: not ours to mark
    [InlineData(new byte[] { 0x01, 0x00, 0x00, 0x00 }, 1)]
    public void MarkPadding_NotPlainCdr_ChangesNothing(byte[] sample, int length)
    {
        var before = sample.ToArray();

        SamplePadding.MarkPadding(sample, length);

        Assert.Equal(before, sample);
    }
}
