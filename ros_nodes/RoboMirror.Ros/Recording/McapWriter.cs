namespace RoboMirror.Ros.Recording;

/// <summary>Creates MCAP writers.</summary>
public static class McapWriter
{
    /// <summary>
    /// Creates a new recording at <paramref name="path"/>; an existing file is never overwritten
    /// (<see cref="IOException"/>). The file can be read by others while it is written.
    /// </summary>
    public static IMcapWriter Create(string path, McapWriterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var validated = (options ?? McapWriterOptions.Default).Validate();
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024);
        try
        {
            return new ChunkedMcapWriter(stream, leaveOpen: false, validated);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Writes a recording to <paramref name="stream"/> from its current position; never seeks.</summary>
    public static IMcapWriter Create(Stream stream, McapWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The MCAP output stream is not writable.", nameof(stream));
        }

        return new ChunkedMcapWriter(stream, leaveOpen, (options ?? McapWriterOptions.Default).Validate());
    }
}
