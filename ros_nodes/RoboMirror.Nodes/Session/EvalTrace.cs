using System.Globalization;
using System.Text;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// The evaluation's trace, for finding out why a policy answered when it did: every turn event (with its evidence)
/// and every mirror reading of every replayed interaction, timed relative to the interaction's labelled end
/// (negative: before it).
/// </summary>
internal static class EvalTrace
{
    public const string EventsFile = "events.csv";

    public const string SignalsFile = "mirror_signals.csv";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Writes <c>events.csv</c> and <c>mirror_signals.csv</c> of one policy's turns into <paramref name="folder"/>.</summary>
    public static void Write(string folder, IReadOnlyList<EvalTurn> turns)
    {
        var events = new StringBuilder("interaction,t_rel_end_s,event,from,to,event_time_rel_end_s,evidence\n");
        var signals = new StringBuilder("interaction,t_rel_end_s,gesture,gesture_probability,expected_time_to_end_s,confidence,answer\n");
        foreach (var turn in turns)
        {
            var end = turn.Scored.Partner.End;
            foreach (var e in turn.Events)
            {
                var eventTime = e.EventTime is { } at ? Seconds(at - end) : string.Empty;
                events.Append(C, $"{turn.Interaction.Name},{Seconds(e.Time - end)},{e.Kind},{e.From},{e.To},{eventTime},{Quoted(e.Evidence)}\n");
            }

            foreach (var s in turn.Signals)
            {
                signals.Append(C, $"{turn.Interaction.Name},{Seconds(s.Time - end)},{s.Gesture},{s.GestureProbability:F3},{s.ExpectedTimeToEnd.TotalSeconds:F3},{s.Confidence:F3},{s.AnswerId}\n");
            }
        }

        File.WriteAllText(Path.Combine(folder, EventsFile), events.ToString());
        if (turns.Any(t => t.Signals.Count > 0))
        {
            File.WriteAllText(Path.Combine(folder, SignalsFile), signals.ToString());
        }
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F3", C);

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
