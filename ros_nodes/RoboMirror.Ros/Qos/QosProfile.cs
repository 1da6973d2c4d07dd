namespace RoboMirror.Ros.Qos;

/// <summary>Delivery guarantee.</summary>
public enum Reliability
{
    Reliable,
    BestEffort,
}

/// <summary>Whether late-joining subscriptions receive samples sent before they joined.</summary>
public enum Durability
{
    Volatile,
    TransientLocal,
}

/// <summary>How many samples are kept.</summary>
public enum History
{
    KeepLast,
    KeepAll,
}

/// <summary>How a writer's liveliness is asserted.</summary>
public enum Liveliness
{
    Automatic,
    ManualByTopic,
}

/// <summary>
/// Quality of service of a publisher or subscription, with ROS 2's named profiles. Immutable: the
/// <c>With…</c> methods return changed copies. A null duration means "infinite" (the DDS default).
/// </summary>
public sealed record QosProfile(
    Reliability Reliability,
    Durability Durability,
    History History,
    int Depth,
    TimeSpan? Deadline = null,
    TimeSpan? Lifespan = null,
    Liveliness Liveliness = Liveliness.Automatic,
    TimeSpan? LivelinessLeaseDuration = null)
{
    /// <summary>ROS 2 default: reliable, volatile, keep-last 10.</summary>
    public static QosProfile Default { get; } = new(Reliability.Reliable, Durability.Volatile, History.KeepLast, 10);

    /// <summary>ROS 2 sensor data: best effort, volatile, keep-last 5.</summary>
    public static QosProfile SensorData { get; } = new(Reliability.BestEffort, Durability.Volatile, History.KeepLast, 5);

    /// <summary>Latched state (like <c>/robot_description</c> or <c>ros_discovery_info</c>): reliable, transient-local, keep-last 1.</summary>
    public static QosProfile Latched { get; } = new(Reliability.Reliable, Durability.TransientLocal, History.KeepLast, 1);

    /// <summary>ROS 2 parameter events: reliable, volatile, keep-last 1000.</summary>
    public static QosProfile ParameterEvents { get; } = new(Reliability.Reliable, Durability.Volatile, History.KeepLast, 1000);

    /// <summary>Keep the last <paramref name="depth"/> samples.</summary>
    public QosProfile WithKeepLast(int depth) => depth >= 1
        ? this with { History = History.KeepLast, Depth = depth }
        : throw new ArgumentOutOfRangeException(nameof(depth), depth, "QoS keep-last depth must be at least 1.");

    /// <summary>Keep every sample until taken.</summary>
    public QosProfile WithKeepAll() => this with { History = History.KeepAll };

    public QosProfile WithReliability(Reliability reliability) => this with { Reliability = reliability };

    public QosProfile WithDurability(Durability durability) => this with { Durability = durability };

    /// <summary>Expected maximum period between samples; a miss is reported as an event.</summary>
    public QosProfile WithDeadline(TimeSpan deadline) => deadline > TimeSpan.Zero
        ? this with { Deadline = deadline }
        : throw new ArgumentOutOfRangeException(nameof(deadline), deadline, "QoS deadline must be positive.");

    public QosProfile WithLifespan(TimeSpan lifespan) => lifespan > TimeSpan.Zero
        ? this with { Lifespan = lifespan }
        : throw new ArgumentOutOfRangeException(nameof(lifespan), lifespan, "QoS lifespan must be positive.");

    public QosProfile WithLiveliness(Liveliness liveliness, TimeSpan leaseDuration) => leaseDuration > TimeSpan.Zero
        ? this with { Liveliness = liveliness, LivelinessLeaseDuration = leaseDuration }
        : throw new ArgumentOutOfRangeException(nameof(leaseDuration), leaseDuration, "QoS liveliness lease must be positive.");
}
