using System.Globalization;
using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Benchmarks.Dds;

/// <summary>What both ends of the RoboMirror round trip agree on: domain, topics, type, loopback configuration.</summary>
internal static class DdsBenchSettings
{
    public const string DomainVariable = "ROBOMIRROR_DDS_BENCH_DOMAIN";

    public static readonly MessageTypeInfo StringType = new(
        "std_msgs/msg/String", "std_msgs::msg::dds_::String_", "RIHS01_df668c740482bbd48fb39d76a70dfd4bd59db1288021743503259e948f6b1a18", "string data\n");

    public static readonly TopicDescription Ping = new("/bench_ping", StringType);

    public static readonly TopicDescription Pong = new("/bench_pong", StringType);

    /// <summary>The repository root (the folder above the binaries holding RoboMirror.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoboMirror.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No RoboMirror.sln above {AppContext.BaseDirectory}.");
    }

    public static string LoopbackConfiguration() => "file://" + Path.Combine(RepositoryRoot(), "tests", "config", "cyclonedds-loopback.xml");

    public static CycloneDdsTransportOptions Options(int domain) => new() { DomainId = domain, Configuration = LoopbackConfiguration() };

    public static int DomainFromEnvironment() =>
        int.Parse(Environment.GetEnvironmentVariable(DomainVariable) ?? "0", NumberStyles.None, CultureInfo.InvariantCulture);
}
