using System.Globalization;
using System.Text;
using RoboMirror.Controller.Turns;
using RoboMirror.Nodes.Nodes;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// turn_events.csv: one row per turn event, RFC 4180 quoting, columns
/// <c>time_s,kind,from_state,to_state,event_time_s,evidence</c> (session clock, seconds; snake_case names).
/// </summary>
internal static class TurnEventsCsv
{
    public const string Header = "time_s,kind,from_state,to_state,event_time_s,evidence";

    public static void Write(string path, IReadOnlyList<TurnEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder().Append(Header).Append('\n');
        foreach (var e in events)
        {
            sb.Append(e.Time.TotalSeconds.ToString("F4", c)).Append(',')
                .Append(TurnMessages.SnakeCase(e.Kind.ToString())).Append(',')
                .Append(TurnMessages.SnakeCase(e.From.ToString())).Append(',')
                .Append(TurnMessages.SnakeCase(e.To.ToString())).Append(',')
                .Append((e.EventTime ?? e.Time).TotalSeconds.ToString("F4", c)).Append(',')
                .Append(Quote(e.Evidence)).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
