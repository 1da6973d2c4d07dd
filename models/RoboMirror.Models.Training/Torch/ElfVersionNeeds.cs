using System.Buffers.Binary;
using System.Text;

namespace RoboMirror.Models.Training.Torch;

/// <summary>
/// Reads and edits the version requirements (<c>.gnu.version_r</c>, SHT_GNU_verneed) of a 64-bit
/// little-endian ELF shared library: which symbol versions it needs from which library, and whether a
/// requirement is weak. A weak requirement that the system library lacks makes the dynamic linker print
/// nothing and load the library anyway, where a strong one makes it refuse.
/// </summary>
internal static class ElfVersionNeeds
{
    private const uint SectionGnuVersionNeeds = 0x6ffffffe;
    private const ushort WeakFlag = 0x2;

    /// <summary>One version requirement: the library it is needed from, the version name, the flags and where the flags sit.</summary>
    internal readonly record struct Requirement(string Library, string Version, ushort Flags, long FlagsOffset)
    {
        public bool IsWeak => (Flags & WeakFlag) != 0;
    }

    /// <summary>Every version requirement of the ELF image in <paramref name="image"/>.</summary>
    public static IReadOnlyList<Requirement> Read(ReadOnlySpan<byte> image, string fileForErrors)
    {
        if (image.Length < 64 || image[0] != 0x7f || image[1] != (byte)'E' || image[2] != (byte)'L' || image[3] != (byte)'F')
        {
            throw new InvalidDataException($"'{fileForErrors}' is not an ELF file (no 0x7F 'ELF' magic).");
        }

        if (image[4] != 2 || image[5] != 1)
        {
            throw new InvalidDataException($"'{fileForErrors}' is not a 64-bit little-endian ELF file (class {image[4]}, data {image[5]}).");
        }

        var sectionTable = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(image[0x28..]));
        var sectionSize = BinaryPrimitives.ReadUInt16LittleEndian(image[0x3A..]);
        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(image[0x3C..]);
        var result = new List<Requirement>();
        for (var s = 0; s < sectionCount; s++)
        {
            var header = Slice(image, sectionTable + (s * sectionSize), 64, fileForErrors);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != SectionGnuVersionNeeds)
            {
                continue;
            }

            var offset = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]));
            var link = BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]);
            var entries = BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
            var strings = Slice(image, sectionTable + checked((int)link * sectionSize), 64, fileForErrors);
            var stringsOffset = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(strings[0x18..]));
            ReadNeeds(image, offset, entries, stringsOffset, fileForErrors, result);
        }

        return result;
    }

    /// <summary>
    /// Marks the requirement of <paramref name="version"/> weak in the file. Returns false when it already
    /// was weak (nothing written) and throws when the file has no such requirement.
    /// </summary>
    public static bool MarkWeak(string file, string version)
    {
        var image = File.ReadAllBytes(file);
        var requirement = Read(image, file).FirstOrDefault(r => r.Version == version);
        if (requirement.Version is null)
        {
            throw new InvalidDataException($"'{file}' has no requirement of symbol version {version}.");
        }

        if (requirement.IsWeak)
        {
            return false;
        }

        var flags = (ushort)(requirement.Flags | WeakFlag);
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.Read);
        stream.Position = requirement.FlagsOffset;
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, flags);
        stream.Write(bytes);
        return true;
    }

    private static void ReadNeeds(ReadOnlySpan<byte> image, int offset, uint entries, int stringsOffset, string file, List<Requirement> result)
    {
        var need = offset;
        for (var n = 0; n < entries; n++)
        {
            var entry = Slice(image, need, 16, file);
            var auxCount = BinaryPrimitives.ReadUInt16LittleEndian(entry[2..]);
            var library = ReadString(image, stringsOffset + checked((int)BinaryPrimitives.ReadUInt32LittleEndian(entry[4..])), file);
            var aux = need + checked((int)BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]));
            for (var a = 0; a < auxCount; a++)
            {
                var auxEntry = Slice(image, aux, 16, file);
                var flags = BinaryPrimitives.ReadUInt16LittleEndian(auxEntry[4..]);
                var name = ReadString(image, stringsOffset + checked((int)BinaryPrimitives.ReadUInt32LittleEndian(auxEntry[8..])), file);
                result.Add(new Requirement(library, name, flags, aux + 4));
                aux += checked((int)BinaryPrimitives.ReadUInt32LittleEndian(auxEntry[12..]));
            }

            var next = BinaryPrimitives.ReadUInt32LittleEndian(entry[12..]);
            if (next == 0)
            {
                break;
            }

            need += checked((int)next);
        }
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> image, int offset, int length, string file)
    {
        if (offset < 0 || offset > image.Length - length)
        {
            throw new InvalidDataException($"'{file}' is truncated or malformed: a {length}-byte ELF structure at offset {offset} lies outside its {image.Length} bytes.");
        }

        return image.Slice(offset, length);
    }

    private static string ReadString(ReadOnlySpan<byte> image, int offset, string file)
    {
        var rest = Slice(image, offset, 1, file);
        var tail = image[offset..];
        var end = tail.IndexOf((byte)0);
        if (end < 0)
        {
            throw new InvalidDataException($"'{file}' is malformed: an unterminated string at offset {offset} (first byte {rest[0]}).");
        }

        return Encoding.ASCII.GetString(tail[..end]);
    }
}
