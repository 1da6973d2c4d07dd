using RoboMirror.Models.Training.Torch;

namespace RoboMirror.Models.Training.Tests.Torch;

public sealed class ElfVersionNeedsTests
{
    private static string Bridge => Path.Combine(AppContext.BaseDirectory, LibTorchSharpCompatibility.BridgeFileName);

    [Fact]
    public void Read_TorchSharpBridge_ListsLibStdCxxRequirements()
    {
        var requirements = ElfVersionNeeds.Read(File.ReadAllBytes(Bridge), Bridge);

        Assert.Contains(requirements, r => r.Library == "libstdc++.so.6" && r.Version == LibTorchSharpCompatibility.UnusedVersion);
        Assert.Contains(requirements, r => r.Version.StartsWith("GLIBC_", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkWeak_StrongRequirement_MakesItWeakAndSecondCallChangesNothing()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"robomirror-elf-{Guid.NewGuid():N}.so");
        File.Copy(Bridge, copy);
        try
        {
            // Make the requirement strong again, as in the NuGet package.
            var before = ElfVersionNeeds.Read(File.ReadAllBytes(copy), copy).Single(r => r.Version == LibTorchSharpCompatibility.UnusedVersion);
            var bytes = File.ReadAllBytes(copy);
            bytes[before.FlagsOffset] = (byte)(before.Flags & ~0x2);
            File.WriteAllBytes(copy, bytes);
            var strong = ElfVersionNeeds.Read(File.ReadAllBytes(copy), copy).Single(r => r.Version == LibTorchSharpCompatibility.UnusedVersion);
            Assert.False(strong.IsWeak);

            Assert.True(ElfVersionNeeds.MarkWeak(copy, LibTorchSharpCompatibility.UnusedVersion));
            Assert.False(ElfVersionNeeds.MarkWeak(copy, LibTorchSharpCompatibility.UnusedVersion));

            var after = ElfVersionNeeds.Read(File.ReadAllBytes(copy), copy);
            Assert.True(after.Single(r => r.Version == LibTorchSharpCompatibility.UnusedVersion).IsWeak);
            Assert.All(after.Where(r => r.Version != LibTorchSharpCompatibility.UnusedVersion), r => Assert.False(r.IsWeak));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void Read_NotAnElfFile_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.Read("not an elf file at all, just text................................."u8, "notes.txt"));

        Assert.Contains("notes.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkWeak_UnknownVersion_ThrowsNamingTheFileAndVersion()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.MarkWeak(Bridge, "GLIBCXX_9.9.99"));

        Assert.Contains("GLIBCXX_9.9.99", error.Message, StringComparison.Ordinal);
        Assert.Contains(Bridge, error.Message, StringComparison.Ordinal);
    }
}
