namespace RoboMirror.Ros.Dds;

/// <summary>Names of Cyclone DDS's <c>dds_return_t</c> codes (dds/ddsrt/retcode.h).</summary>
internal static class ReturnCodeNames
{
    public static string Name(int code) => code switch
    {
        0 => "DDS_RETCODE_OK",
        -1 => "DDS_RETCODE_ERROR",
        -2 => "DDS_RETCODE_UNSUPPORTED",
        -3 => "DDS_RETCODE_BAD_PARAMETER",
        -4 => "DDS_RETCODE_PRECONDITION_NOT_MET",
        -5 => "DDS_RETCODE_OUT_OF_RESOURCES",
        -6 => "DDS_RETCODE_NOT_ENABLED",
        -7 => "DDS_RETCODE_IMMUTABLE_POLICY",
        -8 => "DDS_RETCODE_INCONSISTENT_POLICY",
        -9 => "DDS_RETCODE_ALREADY_DELETED",
        -10 => "DDS_RETCODE_TIMEOUT",
        -11 => "DDS_RETCODE_NO_DATA",
        -12 => "DDS_RETCODE_ILLEGAL_OPERATION",
        -13 => "DDS_RETCODE_NOT_ALLOWED_BY_SECURITY",
        -51 => "DDS_RETCODE_IN_PROGRESS",
        -52 => "DDS_RETCODE_TRY_AGAIN",
        -53 => "DDS_RETCODE_INTERRUPTED",
        -54 => "DDS_RETCODE_NOT_ALLOWED",
        -55 => "DDS_RETCODE_HOST_NOT_FOUND",
        -56 => "DDS_RETCODE_NO_NETWORK",
        -57 => "DDS_RETCODE_NO_CONNECTION",
        -58 => "DDS_RETCODE_NOT_ENOUGH_SPACE",
        -59 => "DDS_RETCODE_OUT_OF_RANGE",
        -60 => "DDS_RETCODE_NOT_FOUND",
        _ => "DDS_RETCODE_UNKNOWN",
    };
}
