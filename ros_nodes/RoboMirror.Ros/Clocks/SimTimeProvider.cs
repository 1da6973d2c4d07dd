namespace RoboMirror.Ros.Clocks;

/// <summary>
/// ROS time driven by <c>/clock</c>: it stands still between updates, reads zero (the Unix epoch) until the
/// first update, and fires its timers when an update moves it past their due time (a timer that fell
/// several periods behind fires once). A jump backwards (a simulation reset) restarts every timer's period
/// from the new time. Timer callbacks run on the thread that calls <see cref="Update"/>.
/// </summary>
public sealed class SimTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<SimTimer> _timers = [];
    private DateTimeOffset _now = DateTimeOffset.UnixEpoch;

    /// <summary>True once <see cref="Update"/> has been called.</summary>
    public bool HasReceivedTime { get; private set; }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => (GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks;

    /// <summary>Sets the time (from a <c>/clock</c> message) and fires the timers now due.</summary>
    public void Update(DateTimeOffset now)
    {
        List<SimTimer> due;
        lock (_gate)
        {
            var backwards = now < _now;
            _now = now;
            HasReceivedTime = true;
            if (backwards)
            {
                foreach (var timer in _timers)
                {
                    timer.Restart(now);
                }
            }

            due = [.. _timers.Where(t => t.TryAdvance(now))];
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SimTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
            timer.Schedule(_now, dueTime, period);
        }

        return timer;
    }

    private sealed class SimTimer(SimTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private DateTimeOffset? _due;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                if (!owner._timers.Contains(this))
                {
                    return false;
                }

                Schedule(owner._now, dueTime, period);
                return true;
            }
        }

        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        // The methods below run under the owner's lock.
        internal void Schedule(DateTimeOffset now, TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            _due = dueTime == Timeout.InfiniteTimeSpan ? null : now + dueTime;
        }

        internal void Restart(DateTimeOffset now)
        {
            if (_due is not null && _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                _due = now + _period;
            }
        }

        internal bool TryAdvance(DateTimeOffset now)
        {
            if (_due is not { } due || due > now)
            {
                return false;
            }

            if (_period <= TimeSpan.Zero || _period == Timeout.InfiniteTimeSpan)
            {
                _due = null;
            }
            else
            {
                var next = due + _period;
                if (next <= now)
                {
                    var missed = (now - due).Ticks / _period.Ticks;
                    next = due + TimeSpan.FromTicks(_period.Ticks * (missed + 1));
                }

                _due = next;
            }

            return true;
        }

        internal void Fire() => callback(state);
    }
}
