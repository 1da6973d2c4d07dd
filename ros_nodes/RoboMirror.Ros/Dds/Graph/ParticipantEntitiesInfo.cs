using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Dds.Graph;

/// <summary>
/// rmw_dds_common/msg/ParticipantEntitiesInfo: what a ROS 2 participant publishes on
/// <c>ros_discovery_info</c> so tools can map DDS endpoints to ROS nodes. Gids are kept as published
/// (16 bytes in Jazzy; 24 in Humble, a 16-byte GUID padded with zeros).
/// </summary>
/// <param name="ParticipantGid">The participant's Gid.</param>
/// <param name="Nodes">The nodes of the participant and the Gids of their readers and writers.</param>
internal sealed record ParticipantEntitiesInfo(byte[] ParticipantGid, IReadOnlyList<NodeEntitiesInfo> Nodes);

/// <summary>rmw_dds_common/msg/NodeEntitiesInfo.</summary>
internal sealed record NodeEntitiesInfo(NodeIdentity Node, IReadOnlyList<byte[]> ReaderGids, IReadOnlyList<byte[]> WriterGids);
