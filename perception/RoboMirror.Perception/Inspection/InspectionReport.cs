namespace RoboMirror.Perception.Inspection;

/// <summary>
/// What <c>robomirror data inspect</c> tells about a recording: format, people, frames, rate, duration,
/// labelled segments and per-reason counts of rejected or repaired frames.
/// </summary>
public sealed record InspectionReport(
    string Path,
    string Format,
    bool FormatDetected,
    string Space,
    IReadOnlyList<string> People,
    int Frames,
    double RateHz,
    TimeSpan Duration,
    IReadOnlyList<InspectedSegment> Segments,
    IReadOnlyList<KeyValuePair<string, long>> Counts,
    IReadOnlyList<string> Notes);

/// <summary>One labelled segment: its label, whose it is (empty: the whole recording), start and end in seconds.</summary>
public sealed record InspectedSegment(string Label, string Person, double StartSeconds, double EndSeconds);
