namespace RoboMirror.Perception.Canonicalization;

/// <summary>
/// Why a frame was not turned into a canonical skeleton (or was dropped by the stream). Every rejection
/// is counted per reason in <see cref="RejectionCounts"/>; none throws out of the pipeline.
/// </summary>
public enum FrameRejection
{
    /// <summary>Not rejected.</summary>
    None = 0,

    /// <summary>The number of values does not match the source layout.</summary>
    WrongValueCount,

    /// <summary>A tracked joint has a NaN or infinite coordinate or confidence.</summary>
    NonFinite,

    /// <summary>A tracked joint lies outside the plausible range (see <see cref="PlausibilityLimits"/>).</summary>
    AbsurdCoordinate,

    /// <summary>A shoulder is missing, so no body frame can be built.</summary>
    ShouldersMissing,

    /// <summary>Shoulder width is implausibly small or large (collapsed or exploded skeleton).</summary>
    ImplausibleShoulderWidth,

    /// <summary>No joint above or below the shoulders tells which way is up (neck, head, torso all missing or collinear).</summary>
    NoUpReference,

    /// <summary>The timestamp is older than the reorder window allows.</summary>
    TimestampBackwards,

    /// <summary>The same timestamp arrived twice for one person; the second copy is dropped.</summary>
    DuplicateTimestamp,

    /// <summary>
    /// A lone frame more than <see cref="Streaming.StreamOptions.JumpLimit"/> away from the rest of its
    /// person's stream, not confirmed by the next frame: a bad timestamp, dropped.
    /// </summary>
    TimestampOutlier,

    /// <summary>A person's stream switched between 2D and 3D; the frame is dropped.</summary>
    SpaceMismatch,

    /// <summary>A new person appeared while <see cref="Streaming.StreamOptions.MaxPeople"/> people were tracked.</summary>
    TooManyPeople,
}
