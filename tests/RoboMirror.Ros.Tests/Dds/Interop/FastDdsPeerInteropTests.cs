namespace RoboMirror.Ros.Tests.Dds.Interop;

/// <summary>RoboMirror ⇄ a Fast DDS 2.9 program (ROS 2's default middleware) built from fastddsgen-generated types.</summary>
public sealed class FastDdsPeerInteropTests
{
    [RequiresInteropPeerFact(InteropPeer.FastDds)]
    public Task String_SentToTheFastDdsPeerAndBack_ArrivesDecodedAndByteForByte() => InteropScenarios.StringAsync(InteropPeer.FastDds);

    [RequiresInteropPeerFact(InteropPeer.FastDds)]
    public Task JointState_SentToTheFastDdsPeerAndBack_ArrivesDecodedAndByteForByte() => InteropScenarios.JointStateAsync(InteropPeer.FastDds);
}
