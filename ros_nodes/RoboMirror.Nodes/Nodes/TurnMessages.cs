using System.Globalization;
using System.Text;
using RoboMirror.Controller.Turns;
using RosTurnEvent = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnEvent;
using RosTurnState = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnState;

namespace RoboMirror.Nodes.Nodes;

/// <summary>Converts the controller's turn events and state to robomirror_msgs and back.</summary>
internal static class TurnMessages
{
    /// <summary>snake_case of an enum member name, e.g. <c>RobotMotionStarted</c> → <c>robot_motion_started</c>.</summary>
    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    /// <summary>The message for a domain event (numbering of kinds and states is the same by construction).</summary>
    public static RosTurnEvent ToMessage(TurnEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = new RosTurnEvent
        {
            Kind = (byte)e.Kind,
            KindName = SnakeCase(e.Kind.ToString()),
            FromState = (byte)e.From,
            ToState = (byte)e.To,
            EventTime = SessionTime.Stamp(e.EventTime ?? e.Time),
            Evidence = e.Evidence,
            EvidenceNames = [],
            EvidenceValues = [],
        };
        message.Header.Stamp = SessionTime.Stamp(e.Time);
        return message;
    }

    /// <summary>The domain event of a message; throws <see cref="FormatException"/> for an unknown kind or state.</summary>
    public static TurnEvent FromMessage(RosTurnEvent message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Enum.IsDefined((TurnEventKind)message.Kind) || !Enum.IsDefined((TurnState)message.FromState) || !Enum.IsDefined((TurnState)message.ToState))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Turn event kind {message.Kind} ('{message.KindName}') or state {message.FromState}→{message.ToState} is not one this version knows (robomirror_msgs/TurnEvent constants)."));
        }

        var time = SessionTime.Of(message.Header.Stamp);
        var eventTime = SessionTime.Of(message.EventTime);
        return new TurnEvent(time, (TurnEventKind)message.Kind, (TurnState)message.FromState, (TurnState)message.ToState, message.Evidence, eventTime == time ? null : eventTime);
    }

    /// <summary>The state message for the machine's current state.</summary>
    public static RosTurnState StateMessage(TimeSpan now, TurnState state, string policy, TimeSpan? predictedEnd, TimeSpan? scheduled, string answerId)
    {
        var message = new RosTurnState
        {
            State = (byte)state,
            StateName = SnakeCase(state.ToString()),
            Policy = policy,
            HasPredictedPartnerEnd = predictedEnd is not null,
            PredictedPartnerEnd = SessionTime.Stamp(predictedEnd ?? TimeSpan.Zero),
            HasScheduledOnset = scheduled is not null,
            ScheduledOnset = SessionTime.Stamp(scheduled ?? TimeSpan.Zero),
            AnswerId = answerId,
        };
        message.Header.Stamp = SessionTime.Stamp(now);
        return message;
    }
}
