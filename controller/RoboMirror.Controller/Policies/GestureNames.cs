namespace RoboMirror.Controller.Policies;

/// <summary>Gesture class names shared with the mirror network's model card.</summary>
public static class GestureNames
{
    /// <summary>The class for "the partner is not making a gesture".</summary>
    public const string None = "no_gesture";
}
