using System.Buffers.Binary;

namespace RoboMirror.Hardware.UniversalRobots.Rtde;

/// <summary>
/// A configured RTDE recipe: its id, field names and the types the controller replied with, and each field's
/// offset inside a data package's payload (after the recipe id byte).
/// </summary>
public sealed class RtdeRecipe
{
    private readonly Dictionary<string, int> _index;
    private readonly int[] _offsets;

    /// <summary>Creates a recipe from the controller's setup reply.</summary>
    public RtdeRecipe(byte id, IReadOnlyList<string> names, IReadOnlyList<RtdeDataType> types)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(types);
        if (names.Count != types.Count)
        {
            throw new ArgumentException($"A recipe has {names.Count} names but {types.Count} types.", nameof(types));
        }

        Id = id;
        Names = [.. names];
        Types = [.. types];
        _offsets = new int[names.Count];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        var offset = 1;
        for (var i = 0; i < names.Count; i++)
        {
            _offsets[i] = offset;
            offset += RtdeDataTypes.Size(types[i]);
            _index[names[i]] = i;
        }

        PayloadSize = offset;
    }

    /// <summary>The recipe id the controller assigned (the first payload byte of its data packages).</summary>
    public byte Id { get; }

    /// <summary>Field names in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Field types in order.</summary>
    public IReadOnlyList<RtdeDataType> Types { get; }

    /// <summary>Payload size of a data package of this recipe, including the recipe id byte.</summary>
    public int PayloadSize { get; }

    /// <summary>Offset of field <paramref name="name"/> in the payload; throws when the recipe lacks it.</summary>
    public int Offset(string name) =>
        _index.TryGetValue(name, out var i) ? _offsets[i] : throw new KeyNotFoundException($"The RTDE recipe {Id} has no field '{name}'.");

    /// <summary>The type of field <paramref name="name"/>.</summary>
    public RtdeDataType TypeOf(string name) =>
        _index.TryGetValue(name, out var i) ? Types[i] : throw new KeyNotFoundException($"The RTDE recipe {Id} has no field '{name}'.");

    /// <summary>Reads a DOUBLE field.</summary>
    public static double ReadDouble(ReadOnlySpan<byte> payload, int offset) => BinaryPrimitives.ReadDoubleBigEndian(payload[offset..]);

    /// <summary>Reads an INT32 field.</summary>
    public static int ReadInt32(ReadOnlySpan<byte> payload, int offset) => BinaryPrimitives.ReadInt32BigEndian(payload[offset..]);

    /// <summary>Reads a UINT32 field.</summary>
    public static uint ReadUInt32(ReadOnlySpan<byte> payload, int offset) => BinaryPrimitives.ReadUInt32BigEndian(payload[offset..]);

    /// <summary>Reads a VECTOR6D field into <paramref name="destination"/>.</summary>
    public static void ReadVector6D(ReadOnlySpan<byte> payload, int offset, Span<double> destination)
    {
        for (var i = 0; i < 6; i++)
        {
            destination[i] = BinaryPrimitives.ReadDoubleBigEndian(payload[(offset + 8 * i)..]);
        }
    }

    /// <summary>Writes a DOUBLE field.</summary>
    public static void WriteDouble(Span<byte> payload, int offset, double value) => BinaryPrimitives.WriteDoubleBigEndian(payload[offset..], value);

    /// <summary>Writes an INT32 field.</summary>
    public static void WriteInt32(Span<byte> payload, int offset, int value) => BinaryPrimitives.WriteInt32BigEndian(payload[offset..], value);
}
