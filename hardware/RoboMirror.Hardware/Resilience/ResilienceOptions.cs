namespace RoboMirror.Hardware.Resilience;

/// <summary>
/// How an arm driver survives a flaky network. Connecting and configuring are retried with jittered
/// exponential back-off; every exchange has a timeout; a circuit breaker over connection attempts moves the
/// arm to the faulted state. Motion commands are never retried.
/// </summary>
public sealed record ResilienceOptions
{
    /// <summary>Retries after the first failed connect-and-configure attempt. Default 3.</summary>
    public int MaxConnectRetries { get; init; } = 3;

    /// <summary>First back-off delay (doubles each retry, with jitter). Default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest back-off delay. Default 5 s.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of each exchange (TCP connect, every request and its reply). Default 2 s.</summary>
    public TimeSpan ExchangeTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Failed attempts within <see cref="BreakerSamplingDuration"/> that open the circuit (all must fail). Default 8.</summary>
    public int BreakerMinimumThroughput { get; init; } = 8;

    /// <summary>Window in which the breaker counts attempts. Default 60 s.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit refuses attempts. Default 30 s.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed of the back-off jitter. Default 1.</summary>
    public int JitterSeed { get; init; } = 1;

    /// <summary>Every problem with these options, empty when valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxConnectRetries is < 1 or > 100)
        {
            yield return $"MaxConnectRetries is {MaxConnectRetries}; it must be within [1, 100]";
        }

        if (RetryBaseDelay <= TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            yield return $"RetryBaseDelay ({RetryBaseDelay}) must be positive and at most RetryMaxDelay ({RetryMaxDelay})";
        }

        if (ExchangeTimeout <= TimeSpan.Zero)
        {
            yield return $"ExchangeTimeout is {ExchangeTimeout}; it must be positive";
        }

        if (BreakerMinimumThroughput < 2)
        {
            yield return $"BreakerMinimumThroughput is {BreakerMinimumThroughput}; it must be at least 2";
        }

        if (BreakerSamplingDuration < TimeSpan.FromMilliseconds(500) || BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return $"BreakerSamplingDuration ({BreakerSamplingDuration}) and BreakDuration ({BreakDuration}) must be at least 0.5 s";
        }
    }
}
