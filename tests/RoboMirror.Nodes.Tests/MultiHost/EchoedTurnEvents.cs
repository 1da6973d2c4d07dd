using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace RoboMirror.Nodes.Tests.MultiHost;

/// <summary>One turn event as <c>robomirror topic echo /robomirror/turn_events</c> printed it, and when it arrived.</summary>
/// <param name="Kind">kind_name, e.g. <c>safety_hold_entered</c>.</param>
/// <param name="Stamp">header.stamp: the controller's (wall) clock when it logged the event.</param>
/// <param name="ToState">to_state (robomirror_msgs/TurnState constants).</param>
/// <param name="Evidence">evidence.</param>
/// <param name="Received">When the echo printed its last line, on this machine's clock.</param>
internal sealed record EchoedTurnEvent(string Kind, DateTimeOffset Stamp, int ToState, string Evidence, DateTimeOffset Received);

/// <summary>Reads the YAML documents (separated by <c>---</c>) an echo of robomirror_msgs/TurnEvent prints, line by line, as they arrive.</summary>
internal sealed class EchoedTurnEvents
{
    private readonly StringBuilder _document = new();
    private readonly List<EchoedTurnEvent> _events = [];
    private readonly Lock _lock = new();

    /// <summary>The events so far.</summary>
    public IReadOnlyList<EchoedTurnEvent> Snapshot()
    {
        lock (_lock)
        {
            return [.. _events];
        }
    }

    /// <summary>Takes one stdout line of the echo.</summary>
    public void OnLine(string line, DateTimeOffset received)
    {
        lock (_lock)
        {
            if (line != "---")
            {
                _document.Append(line).Append('\n');
                return;
            }

            var text = _document.ToString();
            _document.Clear();
            if (Parse(text, received) is { } e)
            {
                _events.Add(e);
            }
        }
    }

    /// <summary>The event in one document, null for anything else the echo printed (e.g. a note before the first message).</summary>
    private static EchoedTurnEvent? Parse(string text, DateTimeOffset received)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[^1].RootNode is not YamlMappingNode root
            || Child(root, "kind_name") is not YamlScalarNode { Value: { } kind }
            || Child(root, "header") is not YamlMappingNode header
            || Child(header, "stamp") is not YamlMappingNode stamp)
        {
            return null;
        }

        var seconds = long.Parse(Scalar(stamp, "sec"), CultureInfo.InvariantCulture);
        var nanoseconds = long.Parse(Scalar(stamp, "nanosec"), CultureInfo.InvariantCulture);
        var time = DateTimeOffset.UnixEpoch + TimeSpan.FromSeconds(seconds) + TimeSpan.FromTicks(nanoseconds / 100);
        return new EchoedTurnEvent(kind, time, int.Parse(Scalar(root, "to_state"), CultureInfo.InvariantCulture), Scalar(root, "evidence"), received);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string Scalar(YamlMappingNode map, string key) =>
        Child(map, key) is YamlScalarNode { Value: { } value } ? value : throw new FormatException($"The echoed turn event has no '{key}'.");
}
