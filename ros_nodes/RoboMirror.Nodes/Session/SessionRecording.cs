using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Ros.Recording;
using RoboMirror.Ros.Serialization;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;
using RosTurnEvent = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnEvent;
using TurnEvent = RoboMirror.Controller.Turns.TurnEvent;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// Reads what scoring needs from a session's MCAP recording alone: the session metadata, the turn events
/// (/robomirror/turn_events) and the partner's ground truth (/robomirror/sim/partner_truth).
/// </summary>
internal static class SessionRecording
{
    /// <summary>The session log of <paramref name="path"/>; throws <see cref="SessionRecordingException"/> or <see cref="McapFormatException"/>.</summary>
    public static SessionLog Read(string path)
    {
        using var reader = McapReader.Open(path);
        var metadata = reader.ReadMetadata(RecorderNode.SessionMetadata);
        if (metadata.Count == 0)
        {
            throw new SessionRecordingException(path, $"it has no {RecorderNode.SessionMetadata} metadata record, so it is not a finished `robomirror sim` session.");
        }

        var info = SessionMetadata.Read(path, metadata[^1].Values);
        var events = new List<TurnEvent>();
        var truth = new List<PartnerTurnRecord>();
        foreach (var message in reader.ReadMessages([SessionTopics.TurnEvents, SessionTopics.PartnerTruth]))
        {
            try
            {
                if (message.Channel.Topic == SessionTopics.TurnEvents)
                {
                    events.Add(TurnMessages.FromMessage(RosSerializer.Deserialize<RosTurnEvent>(message.Data.Span)));
                }
                else
                {
                    truth.Add(PartnerTruthJson.Read(RosSerializer.Deserialize<RosString>(message.Data.Span).Data));
                }
            }
            catch (Exception e) when (e is FormatException or CdrFormatException)
            {
                throw new SessionRecordingException(path, $"message {message.Sequence} on {message.Channel.Topic} cannot be read: {e.Message}", e);
            }
        }

        return new SessionLog(info, truth, events);
    }
}
