using Microsoft.Extensions.Logging;

namespace RoboMirror.Ros.Transport.InProcess;

/// <summary>
/// The writers and readers of one topic and who matches whom. A writer and a reader match when their
/// types are equal and their QoS is compatible (<see cref="QosCompatibility"/>); a transient-local reader
/// that matches a transient-local writer receives the writer's kept samples when it joins.
/// </summary>
internal sealed class InProcessTopic(string name, ILogger logger)
{
    private readonly List<InProcessWriter> _writers = [];
    private readonly List<InProcessReader> _readers = [];

    /// <summary>Guards matching and delivery on this topic.</summary>
    public Lock Gate { get; } = new();

    public string Name => name;

    public IReadOnlyList<DiscoveredEndpoint> Endpoints()
    {
        lock (Gate)
        {
            return [.. _writers.Select(w => w.Endpoint), .. _readers.Select(r => r.Endpoint)];
        }
    }

    public void Add(InProcessWriter writer)
    {
        lock (Gate)
        {
            _writers.Add(writer);
            writer.SetMatched([.. _readers.Where(r => Matches(writer, r))]);
            foreach (var reader in writer.Matched)
            {
                reader.AdjustMatched(1);
            }
        }
    }

    public void Add(InProcessReader reader)
    {
        var replayed = false;
        lock (Gate)
        {
            _readers.Add(reader);
            foreach (var writer in _writers.Where(w => Matches(w, reader)))
            {
                writer.SetMatched([.. writer.Matched, reader]);
                reader.AdjustMatched(1);
                if (writer.History is { } kept && reader.Qos.Durability == Qos.Durability.TransientLocal)
                {
                    foreach (var sample in kept.Snapshot())
                    {
                        reader.Enqueue(sample);
                        replayed = true;
                    }
                }
            }
        }

        if (replayed)
        {
            reader.RaiseDataAvailable();
        }
    }

    public void Remove(InProcessWriter writer)
    {
        lock (Gate)
        {
            _writers.Remove(writer);
            foreach (var reader in writer.Matched)
            {
                reader.AdjustMatched(-1);
            }

            writer.SetMatched([]);
        }
    }

    public void Remove(InProcessReader reader)
    {
        lock (Gate)
        {
            if (!_readers.Remove(reader))
            {
                return;
            }

            foreach (var writer in _writers.Where(w => w.Matched.Contains(reader)))
            {
                writer.SetMatched([.. writer.Matched.Where(r => r != reader)]);
                reader.AdjustMatched(-1);
            }
        }
    }

    private bool Matches(InProcessWriter writer, InProcessReader reader)
    {
        if (!string.Equals(writer.Endpoint.RosType, reader.Endpoint.RosType, StringComparison.Ordinal))
        {
            logger.LogWarning(
                "Topic {Topic}: publisher of {WriterType} and subscription of {ReaderType} do not match because their types differ.",
                name, writer.Endpoint.RosType, reader.Endpoint.RosType);
            return false;
        }

        if (!QosCompatibility.IsCompatible(writer.Qos, reader.Qos, out var reason))
        {
            logger.LogWarning("Topic {Topic}: a publisher and a subscription have incompatible QoS, so no messages flow between them: {Reason}.", name, reason);
            return false;
        }

        return true;
    }
}
