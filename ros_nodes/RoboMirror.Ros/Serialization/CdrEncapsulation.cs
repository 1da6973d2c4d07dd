namespace RoboMirror.Ros.Serialization;

/// <summary>
/// The 4-byte encapsulation header that precedes every XCDR1 payload: representation identifier
/// (<c>00 01</c> = CDR little-endian, <c>00 00</c> = CDR big-endian) and two option bytes whose low bits
/// may carry the count of padding bytes at the end (rmw_cyclonedds sets them; readers ignore them).
/// Alignment of the payload is counted from the byte after this header.
/// </summary>
public static class CdrEncapsulation
{
    /// <summary>Length of the header in bytes.</summary>
    public const int HeaderLength = 4;

    /// <summary>Representation identifier of plain CDR, little-endian (what ROS 2 writes).</summary>
    public const byte CdrLittleEndian = 0x01;

    /// <summary>Representation identifier of plain CDR, big-endian.</summary>
    public const byte CdrBigEndian = 0x00;
}
