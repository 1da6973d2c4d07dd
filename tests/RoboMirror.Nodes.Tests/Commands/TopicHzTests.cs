using RoboMirror.Nodes.Commands;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Nodes.Tests.Commands;

public sealed class TopicHzTests
{
    [Fact]
    public void Take_EvenArrivals_GivesRateMinMaxStdDevAndWindow()
    {
        var window = new TopicRateWindow(windowSize: 100, timestampFrequency: 1000);
        foreach (var t in new long[] { 0, 100, 200, 300, 400 })
        {
            window.Add(t);
        }

        var rate = window.Take();

        Assert.Equal(new TopicRate(10.0, 0.1, 0.1, 0.0, 5), rate);
        Assert.Null(window.Take());
    }

    [Fact]
    public void Take_WindowFull_KeepsOnlyLatestIntervals()
    {
        var window = new TopicRateWindow(windowSize: 2, timestampFrequency: 1000);
        foreach (var t in new long[] { 0, 500, 600, 800 })
        {
            window.Add(t);
        }

        var rate = window.Take()!.Value;

        Assert.Equal(3, rate.Window);
        Assert.Equal(0.1, rate.Min, 9);
        Assert.Equal(0.2, rate.Max, 9);
        Assert.Equal(0.05, rate.StdDev, 9);
        Assert.Equal(1 / 0.15, rate.Rate, 9);
    }

    [Fact]
    public async Task Hz_MessagesArriving_PrintsRosStyleReport()
    {
        using var bus = new TopicTestBus();
        using var node = bus.Context.CreateNode("talker");
        using var publisher = node.CreatePublisher<RosString>("/chatter");
        using var cancel = new CancellationTokenSource(TopicTestBus.Patience);

        var hz = bus.RunAsync(cancel.Token, "topic", "hz", "/chatter");
        while (publisher.MatchedSubscriptionCount == 0)
        {
            await Task.Delay(10, cancel.Token);
        }

        using var feeding = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token);
        var feeder = Task.Run(async () =>
        {
            while (!feeding.IsCancellationRequested)
            {
                publisher.Publish(new RosString { Data = "tick" });
                await Task.Delay(20, CancellationToken.None);
            }
        });
        // Reports come once a second; on a busy machine the first may fall before the first message
        // ("no new messages"), so feed long enough for at least one full report and look for it anywhere.
        await Task.Delay(TimeSpan.FromSeconds(2.5), cancel.Token);
        await feeding.CancelAsync();
        await feeder;
        await cancel.CancelAsync();
        var (exitCode, output) = await hz;

        Assert.Equal(0, exitCode);
        Assert.Matches(@"(?m)^average rate: \d+\.\d{3}\n\tmin: \d+\.\d{3}s max: \d+\.\d{3}s std dev: \d+\.\d{5}s window: \d+\n", output);
    }
}
