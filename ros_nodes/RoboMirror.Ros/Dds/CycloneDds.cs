using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Dds;

/// <summary>Entry point of the Cyclone DDS backend.</summary>
public static class CycloneDds
{
    /// <summary>
    /// Creates a transport that joins DDS domain <see cref="CycloneDdsTransportOptions.DomainId"/> as a ROS 2
    /// participant. Dispose it to leave the domain.
    /// </summary>
    /// <exception cref="CycloneDdsNotFoundException">libddsc is not installed; the message names the Debian package.</exception>
    /// <exception cref="DdsException">Cyclone DDS refused (for example a malformed configuration); the message names the call and its return code.</exception>
    /// <exception cref="ArgumentException">An option is invalid; the message names each one.</exception>
    public static IRosTransport CreateTransport(CycloneDdsTransportOptions options) => new CycloneDdsTransport(options);
}
