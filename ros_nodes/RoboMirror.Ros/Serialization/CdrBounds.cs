using System.Text;

namespace RoboMirror.Ros.Serialization;

/// <summary>Bounded strings (<c>string&lt;=N</c>, N counting UTF-8 bytes without the NUL) as generated code writes and reads them; a bound of 0 means unbounded.</summary>
internal static class CdrBounds
{
    public static void WriteString(ref CdrWriter writer, string value, int bound, string field)
    {
        ArgumentNullException.ThrowIfNull(value, field);
        if (bound > 0 && value.Length > bound / 3 && Encoding.UTF8.GetByteCount(value) > bound)
        {
            throw new ArgumentException($"field '{field}' is a string bounded to {bound} bytes but holds {Encoding.UTF8.GetByteCount(value)} UTF-8 bytes; shorten it", field);
        }

        writer.WriteString(value);
    }

    public static string ReadString(ref CdrReader reader, int bound, string field)
    {
        var start = reader.Offset;
        var value = reader.ReadString();
        if (bound > 0 && value.Length > bound / 3 && Encoding.UTF8.GetByteCount(value) > bound)
        {
            throw new CdrFormatException($"field '{field}': string of {Encoding.UTF8.GetByteCount(value)} bytes exceeds its bound of {bound}", start);
        }

        return value;
    }
}
