using RoboMirror.Hardware.Arms;

namespace RoboMirror.Hardware.Simulation;

/// <summary>The simulated arm's control cycle.</summary>
public sealed partial class SimulatedArm
{
    /// <summary>
    /// Advances the arm by one control period (stepped clocking only): faster-than-real-time simulation.
    /// Real-time safe.
    /// </summary>
    public void Step()
    {
        if (_options.Clocking != SimulationClocking.Stepped)
        {
            throw new InvalidOperationException("Step() is for SimulationClocking.Stepped; this arm runs from its timer.");
        }

        ArmFault? fault;
        lock (_gate)
        {
            if (_lifecycle == ArmLifecycleState.Unconfigured)
            {
                throw new InvalidOperationException($"The simulated {Description.Model} is not configured; call ConfigureAsync first.");
            }

            fault = Cycle();
        }

        Report(fault);
    }

    /// <summary>Steps <paramref name="cycles"/> times (stepped clocking only).</summary>
    public void Step(int cycles)
    {
        for (var i = 0; i < cycles; i++)
        {
            Step();
        }
    }

    private void OnTimer()
    {
        ArmFault? fault = null;
        lock (_gate)
        {
            if (_lifecycle == ArmLifecycleState.Unconfigured)
            {
                return;
            }

            var elapsed = _time.GetElapsedTime(_startTimestamp);
            var due = (long)(elapsed.Ticks / Description.ControlPeriod.Ticks) - _cycles;
            if (due <= 0)
            {
                return;
            }

            // Every cycle beyond the first in one callback ran late: count it; skip past what cannot be caught up.
            _misses += due - 1;
            if (due > _options.MaxCatchUpCycles)
            {
                _cycles += due - _options.MaxCatchUpCycles;
                due = _options.MaxCatchUpCycles;
            }

            for (var i = 0; i < due; i++)
            {
                fault ??= Cycle();
            }
        }

        Report(fault);
    }

    /// <summary>One control period, under the gate. Returns a fault to report outside the lock, if any.</summary>
    private ArmFault? Cycle()
    {
        _cycles++;
        _computed++;
        var now = SimulatedTime;
        var dt = Description.ControlPeriod.TotalSeconds;
        ArmFault? fault = null;
        if (_commander.Resolve(now, _state.Positions, _command))
        {
            fault = new ArmFault(
                FaultCode.WatchdogExpired,
                $"no fresh target for longer than {_options.WatchdogPeriod.TotalMilliseconds} ms; the arm holds (controlled stop). Stream targets at the arm's rate or send a trajectory.",
                now);
            LastFault = fault;
        }

        var mode = _commander.Mode;
        if (mode is MotionMode.Stopping or MotionMode.Off)
        {
            var atRest = _actuator.Decelerate(_state.Positions, _state.Velocities, dt);
            if (atRest && mode == MotionMode.Stopping)
            {
                _commander.Hold(_state.Positions);
            }

            FillDelayLine(_state.Positions);
        }
        else
        {
            // The command resolved now acts after the latency: write it in, act on the oldest.
            _command.CopyTo(_delayLine[_delayHead], 0);
            _delayHead = (_delayHead + 1) % _delayLine.Length;
            _actuator.Track(_delayLine[_delayHead], _state.Positions, _state.Velocities, dt);
        }

        _state.Timestamp = now;
        _state.Mode = _commander.Mode;
        return fault;
    }

    private void FillDelayLine(ReadOnlySpan<double> positions)
    {
        foreach (var slot in _delayLine)
        {
            positions.CopyTo(slot);
        }
    }

    private void Report(ArmFault? fault)
    {
        if (fault is not null)
        {
            FaultReported?.Invoke(this, fault);
        }
    }
}
