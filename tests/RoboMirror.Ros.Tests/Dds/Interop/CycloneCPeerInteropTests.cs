namespace RoboMirror.Ros.Tests.Dds.Interop;

/// <summary>RoboMirror ⇄ a Cyclone DDS C program built from idlc-generated types.</summary>
public sealed class CycloneCPeerInteropTests
{
    [RequiresInteropPeerFact(InteropPeer.CycloneC)]
    public Task String_SentToTheCPeerAndBack_ArrivesDecodedAndByteForByte() => InteropScenarios.StringAsync(InteropPeer.CycloneC);

    [RequiresInteropPeerFact(InteropPeer.CycloneC)]
    public Task String_LargerThanOneDatagram_ArrivesWholeBothWays() => InteropScenarios.LargeStringAsync(InteropPeer.CycloneC);

    [RequiresInteropPeerFact(InteropPeer.CycloneC)]
    public Task JointState_SentToTheCPeerAndBack_ArrivesDecodedAndByteForByte() => InteropScenarios.JointStateAsync(InteropPeer.CycloneC);
}
