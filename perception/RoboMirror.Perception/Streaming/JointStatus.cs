namespace RoboMirror.Perception.Streaming;

/// <summary>Where a filtered joint's position comes from in this frame.</summary>
public enum JointStatus
{
    /// <summary>Never seen, or lost: no position.</summary>
    Lost = 0,

    /// <summary>Observed in this frame and filtered.</summary>
    Tracked,

    /// <summary>
    /// Missing in this frame but missing for no longer than <see cref="StreamOptions.MaxJointGap"/>:
    /// interpolated towards the next observation when one is already in the reorder window, otherwise
    /// held at the last filtered position.
    /// </summary>
    Bridged,
}
