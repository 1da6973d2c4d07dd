namespace RoboMirror.Ros.Recording;

/// <summary>Opens MCAP files for reading.</summary>
public static class McapReader
{
    /// <summary>
    /// Opens <paramref name="path"/>, checks magic and header and, when the file is complete, the footer
    /// and summary (with its CRC). A file without footer is an error unless
    /// <see cref="McapReaderOptions.AllowTruncated"/> is set.
    /// </summary>
    public static IMcapReader Open(string path, McapReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 64 * 1024);
        return Open(stream, path, options, leaveOpen: false);
    }

    /// <summary>Reads from a seekable <paramref name="stream"/>; <paramref name="description"/> names it in errors.</summary>
    public static IMcapReader Open(Stream stream, string description, McapReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(description);
        if (!stream.CanSeek || !stream.CanRead)
        {
            throw new ArgumentException("The MCAP input stream must be readable and seekable.", nameof(stream));
        }

        try
        {
            return new McapFileReader(stream, description, options ?? McapReaderOptions.Default, leaveOpen);
        }
        catch
        {
            if (!leaveOpen)
            {
                stream.Dispose();
            }

            throw;
        }
    }
}
