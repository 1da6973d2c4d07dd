using Microsoft.Extensions.Logging;
using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Transport.InProcess;

namespace RoboMirror.Ros.Transport;

/// <summary>
/// Creates a transport by kind. Asking for DDS where Cyclone DDS's library is missing fails with a
/// <see cref="RosException"/> (<see cref="RosErrorCode.TransportUnavailable"/>) that names the package to install.
/// </summary>
public static class TransportFactory
{
    /// <summary>Creates a transport of <paramref name="kind"/>.</summary>
    public static IRosTransport Create(TransportKind kind, TransportOptions? options = null)
    {
        options ??= new TransportOptions();
        return kind switch
        {
            TransportKind.InProcess => new InProcessTransport(options.TimeProvider, options.LoggerFactory.CreateLogger("ros.transport.inprocess")),
            TransportKind.Dds => CreateDds(options),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown transport kind; use InProcess or Dds."),
        };
    }

    /// <summary>Parses a command-line transport name: <c>dds</c> or <c>inprocess</c> (case-insensitive).</summary>
    public static bool TryParseKind(string text, out TransportKind kind)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "DDS" or "CYCLONEDDS":
                kind = TransportKind.Dds;
                return true;
            case "INPROCESS" or "IN-PROCESS":
                kind = TransportKind.InProcess;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    private static IRosTransport CreateDds(TransportOptions options)
    {
        try
        {
            var dds = options.Dds
                ?? (options.DomainId is { } domain ? new CycloneDdsTransportOptions { DomainId = domain } : CycloneDdsTransportOptions.FromEnvironment());
            return CycloneDds.CreateTransport(dds);
        }
        catch (CycloneDdsNotFoundException e)
        {
            throw new RosException(RosErrorCode.TransportUnavailable, e.Message, e);
        }
        catch (Exception e) when (e is ArgumentException or DdsException)
        {
            throw new RosException(RosErrorCode.TransportUnavailable, $"Cyclone DDS could not start: {e.Message}", e);
        }
    }
}
