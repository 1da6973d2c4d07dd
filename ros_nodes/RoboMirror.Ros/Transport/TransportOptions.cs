using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoboMirror.Ros.Dds;

namespace RoboMirror.Ros.Transport;

/// <summary>What <see cref="TransportFactory"/> passes to the transport it creates.</summary>
public sealed record TransportOptions
{
    /// <summary>DDS domain id; null reads <c>ROS_DOMAIN_ID</c>, else 0. Ignored in-process.</summary>
    public int? DomainId { get; init; }

    /// <summary>
    /// Every Cyclone DDS setting (configuration XML, distro, enclave, library names); when set,
    /// <see cref="DomainId"/> is ignored. Default: null (ROS 2's defaults and <c>CYCLONEDDS_URI</c>).
    /// </summary>
    public CycloneDdsTransportOptions? Dds { get; init; }

    /// <summary>Clock for sample timestamps and lifespans. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where the transport logs (QoS mismatches, discovery). Default: nowhere.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;
}
