using RoboMirror.Ros.Messages;

namespace RoboMirror.Ros.Serialization;

/// <summary>
/// Arrays and sequences as generated message code writes and reads them: fixed arrays (<c>T[N]</c>, no
/// length on the wire), bounded (<c>T[&lt;=N]</c>) and unbounded (<c>T[]</c>) sequences (uint32 count
/// first). A bound of 0 means unbounded. Reads check counts and bounds before allocating; writes reject a
/// message that breaks its definition with an <see cref="ArgumentException"/> naming the field.
/// </summary>
internal static class CdrSequences
{
    public static void WritePrimitives<T>(ref CdrWriter writer, T[] values, CdrArrayShape shape, string field)
        where T : unmanaged
    {
        WriteCount(ref writer, values.Length, shape, field);
        writer.WritePrimitives<T>(values);
    }

    public static void WriteStrings(ref CdrWriter writer, string[] values, CdrArrayShape shape, int stringBound, string field)
    {
        WriteCount(ref writer, values.Length, shape, field);
        foreach (var value in values)
        {
            CdrBounds.WriteString(ref writer, value, stringBound, field);
        }
    }

    public static void WriteMessages<T>(ref CdrWriter writer, T[] values, CdrArrayShape shape, string field)
        where T : IRosMessage<T>
    {
        WriteCount(ref writer, values.Length, shape, field);
        foreach (var value in values)
        {
            value.Serialize(ref writer);
        }
    }

    public static T[] ReadPrimitives<T>(ref CdrReader reader, CdrArrayShape shape, string field)
        where T : unmanaged
    {
        var values = new T[ReadCount(ref reader, shape, System.Runtime.CompilerServices.Unsafe.SizeOf<T>(), field)];
        reader.ReadPrimitives<T>(values);
        return values;
    }

    /// <summary>Booleans are read one by one so that a byte other than 0 or 1 is rejected.</summary>
    public static bool[] ReadBools(ref CdrReader reader, CdrArrayShape shape, string field)
    {
        var values = new bool[ReadCount(ref reader, shape, 1, field)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadBool();
        }

        return values;
    }

    public static string[] ReadStrings(ref CdrReader reader, CdrArrayShape shape, int stringBound, string field)
    {
        var values = new string[ReadCount(ref reader, shape, 4, field)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = CdrBounds.ReadString(ref reader, stringBound, field);
        }

        return values;
    }

    /// <param name="minElementSize">Fewest bytes one element takes on the wire (guards the allocation).</param>
    public static T[] ReadMessages<T>(ref CdrReader reader, CdrArrayShape shape, int minElementSize, string field)
        where T : IRosMessage<T>
    {
        var values = new T[ReadCount(ref reader, shape, minElementSize, field)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = T.Deserialize(ref reader);
        }

        return values;
    }

    private static void WriteCount(ref CdrWriter writer, int count, CdrArrayShape shape, string field)
    {
        if (shape.IsFixed)
        {
            if (count != shape.Size)
            {
                throw new ArgumentException($"field '{field}' is a fixed array of {shape.Size} elements but holds {count}; give it exactly {shape.Size}", field);
            }

            return;
        }

        if (shape.Size > 0 && count > shape.Size)
        {
            throw new ArgumentException($"field '{field}' is bounded to {shape.Size} elements but holds {count}; shorten it", field);
        }

        writer.WriteSequenceLength(count);
    }

    private static int ReadCount(ref CdrReader reader, CdrArrayShape shape, int minElementSize, string field)
    {
        if (shape.IsFixed)
        {
            if ((long)shape.Size * minElementSize > reader.Remaining)
            {
                throw new CdrFormatException($"field '{field}': fixed array of {shape.Size} elements does not fit in the {reader.Remaining} bytes left", reader.Offset);
            }

            return shape.Size;
        }

        var start = reader.Offset;
        var count = reader.ReadSequenceLength(minElementSize);
        if (shape.Size > 0 && count > shape.Size)
        {
            throw new CdrFormatException($"field '{field}': sequence of {count} elements exceeds its bound of {shape.Size}", start);
        }

        return count;
    }
}
