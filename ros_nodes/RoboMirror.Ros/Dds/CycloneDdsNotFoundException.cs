namespace RoboMirror.Ros.Dds;

/// <summary>Cyclone DDS's library could not be loaded; the message names the Debian package to install.</summary>
public sealed class CycloneDdsNotFoundException : DllNotFoundException
{
    public CycloneDdsNotFoundException()
        : base(CycloneDdsLibrary.MissingMessage)
    {
    }

    public CycloneDdsNotFoundException(string message)
        : base(message)
    {
    }

    public CycloneDdsNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The Debian package that provides the library.</summary>
    public static string DebianPackage => CycloneDdsLibrary.DebianPackage;
}
