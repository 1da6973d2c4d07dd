namespace RoboMirror.Ros.Recording;

/// <summary>How an MCAP file is read.</summary>
public sealed record McapReaderOptions
{
    /// <summary>Strict reading: a file without footer is an error.</summary>
    public static McapReaderOptions Default { get; } = new();

    /// <summary>
    /// Recovery: read a file that was cut off (recorder killed, disk full): everything up to the last
    /// complete record is read and <see cref="IMcapReader.Truncation"/> says where the file ends. Corrupt
    /// records (bad CRC, bad lengths) before that point are still errors. Default false.
    /// </summary>
    public bool AllowTruncated { get; init; }

    /// <summary>Check the chunk, data section, summary and attachment CRCs. Default true.</summary>
    public bool ValidateCrcs { get; init; } = true;
}
