using System.ComponentModel;
using System.Globalization;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// <c>robomirror topic hz TOPIC</c>: once a second, the average rate of arrivals with min, max, standard
/// deviation and window, in ros2's format. Samples are counted, not decoded; intervals are measured between
/// the writers' source timestamps.
/// </summary>
internal sealed class TopicHzCommand(IAnsiConsole console) : TopicCommandBase<TopicHzCommand.Settings>(console)
{
    private static readonly TimeSpan ReportPeriod = TimeSpan.FromSeconds(1);

    internal sealed class Settings : TopicSettings
    {
        [CommandArgument(0, "<TOPIC>")]
        [Description("The fully qualified topic, e.g. /joint_states.")]
        public string Topic { get; init; } = string.Empty;

        [CommandArgument(1, "[TYPE]")]
        [Description("The message type. Default: the type the graph shows for the topic.")]
        public string? Type { get; init; }

        [CommandOption("-w|--window <N>")]
        [Description("Number of recent messages the statistics cover. Default: 10000.")]
        public int Window { get; init; } = 10000;

        public override ValidationResult Validate() =>
            Window < 1 ? ValidationResult.Error($"--window {Window} must be at least 1") : base.Validate();
    }

    protected override async Task<int> RunAsync(TopicSession session, Settings settings, CancellationToken cancellationToken)
    {
        await session.WaitForDiscoveryAsync(cancellationToken).ConfigureAwait(false);
        var type = await session.ResolveTypeAsync(settings.Topic, settings.Type, cancellationToken).ConfigureAwait(false);
        var reader = session.Transport.CreateReader(session.Node, new TopicDescription(settings.Topic, type.TypeInfo), QosProfile.SensorData.WithKeepLast(100));
        using var signal = new TopicReaderSignal(reader);
        var time = session.Time;
        var window = new TopicRateWindow(settings.Window, TimeSpan.TicksPerSecond);
        var discard = new DiscardingBufferWriter();
        var nextReport = time.GetTimestamp() + (long)(ReportPeriod.TotalSeconds * time.TimestampFrequency);
        while (true)
        {
            // Source timestamps, not arrival times: a transport that delivers a burst at once must not
            // make intervals look like zero.
            while (reader.TryTake(discard, out var info))
            {
                window.Add(info.SourceTimestamp.UtcTicks);
            }

            var now = time.GetTimestamp();
            if (now >= nextReport)
            {
                Report(window);
                nextReport += (long)(ReportPeriod.TotalSeconds * time.TimestampFrequency);
                continue;
            }

            var remaining = TimeSpan.FromSeconds((nextReport - now) / (double)time.TimestampFrequency);
            await signal.WaitAsync(remaining, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Report(TopicRateWindow window)
    {
        if (!window.HasStarted)
        {
            return;
        }

        if (window.Take() is not { } rate)
        {
            WriteLine("no new messages");
            return;
        }

        WriteLine(string.Create(CultureInfo.InvariantCulture, $"average rate: {rate.Rate:0.000}"));
        WriteLine(string.Create(CultureInfo.InvariantCulture, $"\tmin: {rate.Min:0.000}s max: {rate.Max:0.000}s std dev: {rate.StdDev:0.00000}s window: {rate.Window}"));
    }

    /// <summary>Takes samples without keeping them: hz only counts arrivals.</summary>
    private sealed class DiscardingBufferWriter : System.Buffers.IBufferWriter<byte>
    {
        private byte[] _scratch = new byte[4096];

        public void Advance(int count)
        {
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Scratch(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Scratch(sizeHint).Span;

        private Memory<byte> Scratch(int sizeHint)
        {
            if (sizeHint > _scratch.Length)
            {
                _scratch = new byte[sizeHint];
            }

            return _scratch;
        }
    }
}
