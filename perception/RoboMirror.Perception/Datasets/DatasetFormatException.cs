namespace RoboMirror.Perception.Datasets;

/// <summary>
/// A recording or label file that cannot be read: names the file, the line (1-based; 0 when the problem
/// is not on one line), what was expected there and what was found.
/// </summary>
public sealed class DatasetFormatException : FormatException
{
    public DatasetFormatException()
    {
        FilePath = string.Empty;
        Expected = string.Empty;
    }

    public DatasetFormatException(string message)
        : base(message)
    {
        FilePath = string.Empty;
        Expected = string.Empty;
    }

    public DatasetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
        Expected = string.Empty;
    }

    public DatasetFormatException(string filePath, int line, string expected, string found)
        : base(Compose(filePath, line, expected, found))
    {
        FilePath = filePath;
        Line = line;
        Expected = expected;
    }

    /// <summary>The file that could not be read.</summary>
    public string FilePath { get; }

    /// <summary>1-based line number; 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>What the reader expected at that place.</summary>
    public string Expected { get; }

    private static string Compose(string filePath, int line, string expected, string found) =>
        (line > 0 ? $"{filePath}, line {line}: " : $"{filePath}: ")
        + $"expected {expected}, found {found}. Check that the file is complete and in the format named (see docs/perception.md).";
}
