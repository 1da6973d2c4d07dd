using System.Net.Sockets;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace RoboMirror.Hardware.Resilience;

/// <summary>Builds the Polly pipelines an arm driver uses around connecting, configuring and each exchange.</summary>
public static class ArmResilience
{
    /// <summary>
    /// Retry (jittered exponential back-off) around a circuit breaker, for whole connect-and-configure attempts.
    /// <paramref name="onOpened"/> runs when the breaker opens (the driver moves to faulted).
    /// </summary>
    public static ResiliencePipeline Connect(ResilienceOptions options, TimeProvider time, Action<string> onOpened)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(onOpened);
        var random = new Random(options.JitterSeed);
        var transient = new PredicateBuilder()
            .Handle<SocketException>()
            .Handle<IOException>(e => e is not ArmConnectionException)
            .Handle<TimeoutRejectedException>();
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxConnectRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                Randomizer = random.NextDouble,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 1.0,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
                OnOpened = args =>
                {
                    onOpened($"{options.BreakerMinimumThroughput} connection attempts failed in a row (last: {args.Outcome.Exception?.Message}); refusing new attempts for {options.BreakDuration.TotalSeconds} s");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>A timeout for one exchange (a connect, or a request and its reply).</summary>
    public static ResiliencePipeline Exchange(ResilienceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(options.ExchangeTimeout).Build();
    }
}
