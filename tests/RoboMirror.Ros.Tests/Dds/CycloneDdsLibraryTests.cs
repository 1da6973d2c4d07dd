using RoboMirror.Ros.Dds;

namespace RoboMirror.Ros.Tests.Dds;

public sealed class CycloneDdsLibraryTests
{
    [Fact]
    public void CreateTransport_LibraryMissing_ThrowsNamingTheDebianPackage()
    {
        var options = new CycloneDdsTransportOptions { LibraryCandidates = ["/nonexistent/libddsc.so.0debian", "libddsc-missing.so.0"] };

        var error = Assert.Throws<CycloneDdsNotFoundException>(() => CycloneDds.CreateTransport(options));

        Assert.Contains("apt-get install libddsc0debian", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/libddsc.so.0debian", error.Message, StringComparison.Ordinal);
        Assert.Contains("in-process transport works without it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_NoCandidateExists_ReturnsFalse()
    {
        Assert.False(CycloneDdsLibrary.TryLoad(["/nonexistent/libddsc.so"], out var handle, out var name));
        Assert.Equal(IntPtr.Zero, handle);
        Assert.Equal(string.Empty, name);
    }

    [Fact]
    public void Validate_SeveralBadOptions_NamesEveryOneInOneMessage()
    {
        var options = new CycloneDdsTransportOptions { DomainId = 300, Enclave = "no-slash", LibraryCandidates = [] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("'CycloneDdsTransportOptions' are invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("DomainId 300", error.Message, StringComparison.Ordinal);
        Assert.Contains("Enclave 'no-slash'", error.Message, StringComparison.Ordinal);
        Assert.Contains("LibraryCandidates", error.Message, StringComparison.Ordinal);
    }
}
