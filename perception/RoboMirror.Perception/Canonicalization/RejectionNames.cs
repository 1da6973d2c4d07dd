namespace RoboMirror.Perception.Canonicalization;

/// <summary>snake_case names of <see cref="FrameRejection"/> values, as reports and JSON print them.</summary>
public static class RejectionNames
{
    /// <summary>The name of a reason, e.g. <c>non_finite</c>.</summary>
    public static string Of(FrameRejection reason) => reason switch
    {
        FrameRejection.None => "none",
        FrameRejection.WrongValueCount => "wrong_value_count",
        FrameRejection.NonFinite => "non_finite",
        FrameRejection.AbsurdCoordinate => "absurd_coordinate",
        FrameRejection.ShouldersMissing => "shoulders_missing",
        FrameRejection.ImplausibleShoulderWidth => "implausible_shoulder_width",
        FrameRejection.NoUpReference => "no_up_reference",
        FrameRejection.TimestampBackwards => "timestamp_backwards",
        FrameRejection.DuplicateTimestamp => "duplicate_timestamp",
        FrameRejection.TimestampOutlier => "timestamp_outlier",
        FrameRejection.SpaceMismatch => "space_mismatch",
        FrameRejection.TooManyPeople => "too_many_people",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "not a frame rejection reason"),
    };
}
