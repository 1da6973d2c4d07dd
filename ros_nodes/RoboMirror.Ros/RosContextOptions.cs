using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros;

/// <summary>Options of <see cref="Ros2.Init(RosContextOptions?)"/>; every property has a usable default.</summary>
public sealed record RosContextOptions
{
    /// <summary>The process's command line; its <c>--ros-args</c> part applies to every node. Default: none.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Which transport to create. Default: <see cref="TransportKind.InProcess"/>.</summary>
    public TransportKind Transport { get; init; } = TransportKind.InProcess;

    /// <summary>DDS domain id (ROS_DOMAIN_ID); null reads the environment variable, else 0. Ignored in-process.</summary>
    public int? DomainId { get; init; }

    /// <summary>Every Cyclone DDS setting, when the defaults (and <see cref="DomainId"/>) are not enough. Ignored in-process.</summary>
    public CycloneDdsTransportOptions? Dds { get; init; }

    /// <summary>A transport made elsewhere, used instead of <see cref="Transport"/>; the context does not dispose it.</summary>
    public IRosTransport? CustomTransport { get; init; }

    /// <summary>Wall clock for timers and timestamps. Default: <see cref="TimeProvider.System"/>; tests pass a fake.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where nodes and transports log. Default: nowhere.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;
}
