using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Tests.Dds;

/// <summary>
/// Two Cyclone DDS participants of this process on a domain of their own over loopback, created through
/// <see cref="CycloneDds.CreateTransport"/> in order (<see cref="First"/>, then <see cref="Second"/>) and
/// disposed in reverse order. Deconstructs into the two, so a test names them for their roles:
/// <c>using var dds = new TwoParticipants(); var (remote, local) = dds;</c>.
/// </summary>
internal sealed class TwoParticipants : IDisposable
{
    public TwoParticipants(RosDistro firstDistro = RosDistro.Jazzy, RosDistro secondDistro = RosDistro.Jazzy)
    {
        var domainId = DdsTestEnvironment.NextDomainId();
        First = Create(domainId, firstDistro);
        try
        {
            Second = Create(domainId, secondDistro);
        }
        catch
        {
            First.Dispose();
            throw;
        }
    }

    public CycloneDdsTransport First { get; }

    public CycloneDdsTransport Second { get; }

    /// <summary>std_msgs/msg/String on a topic name unique to this call, e.g. <c>/chatter_3f2a…</c>.</summary>
    public static TopicDescription StringTopic(string stem) => new(DdsTestEnvironment.UniqueTopic(stem), DdsSamples.StringType);

    /// <summary>Registers <paramref name="onFirst"/> on <see cref="First"/> and <paramref name="onSecond"/> on <see cref="Second"/>.</summary>
    public TwoParticipants Register(NodeIdentity onFirst, NodeIdentity onSecond)
    {
        First.RegisterNode(onFirst);
        Second.RegisterNode(onSecond);
        return this;
    }

    public void Deconstruct(out CycloneDdsTransport first, out CycloneDdsTransport second) => (first, second) = (First, Second);

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
    }

    private static CycloneDdsTransport Create(int domainId, RosDistro distro) =>
        (CycloneDdsTransport)CycloneDds.CreateTransport(DdsTestEnvironment.Options(domainId, distro));
}
