namespace RoboMirror.Ros.Recording;

/// <summary>How the records inside each MCAP chunk are compressed.</summary>
public enum McapCompression
{
    /// <summary>No compression (chunk <c>compression</c> field empty).</summary>
    None,

    /// <summary>LZ4 frame format: fastest to write, larger files.</summary>
    Lz4,

    /// <summary>Zstandard (level 3): smaller files, more CPU per chunk.</summary>
    Zstd,
}
