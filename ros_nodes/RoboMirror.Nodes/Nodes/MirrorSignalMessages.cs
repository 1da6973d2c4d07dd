using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Session;
using RoboMirror.Ros.Messages.RobomirrorMsgs;

namespace RoboMirror.Nodes.Nodes;

/// <summary>robomirror_msgs/MirrorSignal to the controller's <see cref="MirrorEstimate"/>.</summary>
internal static class MirrorSignalMessages
{
    /// <summary>The estimate of one signal (<see cref="MirrorReading.From"/>), timed by its stamp on the session clock.</summary>
    public static MirrorEstimate ToEstimate(MirrorSignal m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return MirrorReading.From(SessionTime.Of(m.Header.Stamp), m.GestureClasses, m.GestureProbabilities, m.ActivityProjection, m.ExpectedTimeToEnd, m.RepertoireIds, m.Resonance);
    }
}
