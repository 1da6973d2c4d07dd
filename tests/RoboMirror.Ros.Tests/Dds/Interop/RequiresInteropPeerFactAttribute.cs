using RoboMirror.Ros.Dds;

namespace RoboMirror.Ros.Tests.Dds.Interop;

/// <summary>
/// An interop test: skipped, naming the Debian packages, where libddsc or the peer's build tools are
/// missing (test.sh installs them, so CI runs these). Timeout 10 minutes: the first run builds the peer.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresInteropPeerFactAttribute : FactAttribute
{
    public RequiresInteropPeerFactAttribute(InteropPeer peer)
    {
        Timeout = 600_000;
        if (!CycloneDdsLibrary.TryLoad(CycloneDdsLibrary.CandidateNames, out _, out _))
        {
            Skip = CycloneDdsLibrary.MissingMessage;
        }
        else if (InteropPeers.MissingTools(peer) is { } missing)
        {
            Skip = missing;
        }
    }
}
