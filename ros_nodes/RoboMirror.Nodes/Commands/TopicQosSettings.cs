using System.ComponentModel;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>The <c>--qos-*</c> options of <c>topic echo</c> and <c>topic pub</c>, named as in ros2.</summary>
internal class TopicQosSettings : TopicSettings
{
    private static readonly Dictionary<string, QosProfile> Profiles = new(StringComparer.Ordinal)
    {
        ["system_default"] = QosProfile.Default,
        ["services_default"] = QosProfile.Default,
        ["sensor_data"] = QosProfile.SensorData,
        ["parameters"] = QosProfile.Default.WithKeepLast(1000),
        ["parameter_events"] = QosProfile.ParameterEvents,
        ["action_status_default"] = QosProfile.Latched,
    };

    [CommandOption("--qos-profile <NAME>")]
    [Description("Base QoS: system_default, sensor_data, services_default, parameters, parameter_events or action_status_default. Default: system_default (echo adapts reliability and durability to the publishers).")]
    public string? QosProfileName { get; init; }

    [CommandOption("--qos-depth <N>")]
    [Description("History depth. Default: the profile's.")]
    public int? QosDepth { get; init; }

    [CommandOption("--qos-history <KIND>")]
    [Description("keep_last or keep_all. Default: the profile's.")]
    public string? QosHistory { get; init; }

    [CommandOption("--qos-reliability <KIND>")]
    [Description("reliable or best_effort. Default: the profile's.")]
    public string? QosReliability { get; init; }

    [CommandOption("--qos-durability <KIND>")]
    [Description("volatile or transient_local. Default: the profile's.")]
    public string? QosDurability { get; init; }

    /// <summary>The QoS asked for; <paramref name="adaptTo"/> (echo) picks reliability and durability the publishers offer unless given.</summary>
    public QosProfile BuildQos(IReadOnlyList<DiscoveredEndpoint>? adaptTo = null)
    {
        var qos = QosProfileName is null ? QosProfile.Default : Profiles[QosProfileName];
        if (adaptTo is { Count: > 0 } writers && QosProfileName is null)
        {
            // As ros2 topic echo does: ask only for what every publisher offers, so that all of them match.
            qos = qos with
            {
                Reliability = writers.All(w => w.Qos.Reliability == Reliability.Reliable) ? Reliability.Reliable : Reliability.BestEffort,
                Durability = writers.All(w => w.Qos.Durability == Durability.TransientLocal) ? Durability.TransientLocal : Durability.Volatile,
            };
        }

        if (QosHistory is not null)
        {
            qos = QosHistory == "keep_all" ? qos.WithKeepAll() : qos with { History = History.KeepLast };
        }

        if (QosDepth is { } depth)
        {
            qos = qos with { Depth = depth };
        }

        if (QosReliability is not null)
        {
            qos = qos.WithReliability(QosReliability == "best_effort" ? Reliability.BestEffort : Reliability.Reliable);
        }

        if (QosDurability is not null)
        {
            qos = qos.WithDurability(QosDurability == "transient_local" ? Durability.TransientLocal : Durability.Volatile);
        }

        return qos;
    }

    public override ValidationResult Validate()
    {
        var problem =
            QosProfileName is not null && !Profiles.ContainsKey(QosProfileName) ? $"--qos-profile '{QosProfileName}' is not one of {string.Join(", ", Profiles.Keys)}"
            : QosDepth is < 1 ? $"--qos-depth {QosDepth} must be at least 1"
            : QosHistory is not (null or "keep_last" or "keep_all") ? $"--qos-history '{QosHistory}' must be keep_last or keep_all"
            : QosReliability is not (null or "reliable" or "best_effort") ? $"--qos-reliability '{QosReliability}' must be reliable or best_effort"
            : QosDurability is not (null or "volatile" or "transient_local") ? $"--qos-durability '{QosDurability}' must be volatile or transient_local"
            : null;
        return problem is null ? base.Validate() : ValidationResult.Error(problem);
    }
}
