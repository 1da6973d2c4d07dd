using System.Net.Sockets;
using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.UniversalRobots.Rtde;

namespace RoboMirror.Hardware.UniversalRobots;

/// <summary>The UR driver's per-cycle loop: one state package in, one input package out, at the controller's rate.</summary>
public sealed partial class UrArm
{
    /// <summary>Speed below which a controlled stop counts as finished, rad/s.</summary>
    private const double RestSpeed = 1e-3;

    private Task RunStreamAsync(UrSession session, CancellationToken stop) =>
        Task.Run(() => StreamAsync(session, stop), CancellationToken.None);

    private async Task StreamAsync(UrSession session, CancellationToken stop)
    {
        // Per-cycle work is not wrapped in Polly: a late, missing or malformed package faults the arm at once
        // (the program on the controller halts the joints by itself when the sequence register stops changing).
        using var deadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        using var link = stop.Register(static s => ((CancellationTokenSource)s!).Cancel(), deadline);
        try
        {
            while (true)
            {
                deadline.CancelAfter(_options.StreamTimeout);
                await session.Client.ReceiveDataAsync(session.Outputs, deadline.Token).ConfigureAwait(false);
                ArmFault? fault;
                lock (_gate)
                {
                    fault = OnStatePackage(session);
                }

                Report(fault);
                await session.Client.SendDataAsync(session.Inputs, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (!stop.IsCancellationRequested && e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            var (code, message) = e switch
            {
                OperationCanceledException => (FaultCode.ConnectionLost, $"no RTDE state package from {_options.Host} for {_options.StreamTimeout.TotalMilliseconds} ms (peer silent or too slow)"),
                RtdeProtocolException => (FaultCode.ProtocolViolation, $"RTDE stream from {_options.Host} broke the protocol: {e.Message}"),
                _ => (FaultCode.ConnectionLost, $"RTDE connection to {_options.Host} dropped: {e.Message}"),
            };
            lock (_gate)
            {
                if (ReferenceEquals(_session, session))
                {
                    _session = null;
                }
            }

            await session.DisposeAsync().ConfigureAwait(false);
            EnterFault(code, $"{message}. The arm was told nothing more; its servo program halts it within {_options.ScriptStaleCycles} cycles. Configure and activate again once the cause is fixed.");
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // Closing: the session is disposed by the caller.
        }
    }

    /// <summary>Reads one state package and writes the reply's payload. Under the gate.</summary>
    private ArmFault? OnStatePackage(UrSession session)
    {
        var payload = session.Client.Connection.Payload;
        var timestamp = TimeSpan.FromSeconds(RtdeRecipe.ReadDouble(payload, session.TimestampOffset));
        if (_packages == 0)
        {
            _firstTimestamp = timestamp;
        }
        else if (timestamp - _state.Timestamp > 1.5 * Description.ControlPeriod)
        {
            _misses++;
        }

        _packages++;
        _state.Timestamp = timestamp;
        RtdeRecipe.ReadVector6D(payload, session.PositionsOffset, _state.Positions);
        RtdeRecipe.ReadVector6D(payload, session.VelocitiesOffset, _state.Velocities);
        _robotMode = RtdeRecipe.ReadInt32(payload, session.RobotModeOffset);
        _safetyMode = RtdeRecipe.ReadInt32(payload, session.SafetyModeOffset);
        _firstState.TrySetResult();

        ArmFault? fault = null;
        if (_lifecycle == ArmLifecycleState.Active && !UrModes.CanMove(_robotMode, _safetyMode))
        {
            _commander.Off();
            _offMode = ServoMode.ImmediateExit;
            _lifecycle = ArmLifecycleState.Faulted;
            fault = new ArmFault(
                FaultCode.RobotNotReady,
                $"the controller reports {UrModes.RobotMode(_robotMode)} with safety {UrModes.SafetyMode(_safetyMode)}; commands are refused. Clear the stop on the teach pendant, then configure and activate again.",
                timestamp);
        }

        if (_commander.Mode == MotionMode.Stopping && _state.PeakSpeed() < RestSpeed)
        {
            _commander.Hold(_state.Positions);
        }

        if (_commander.Resolve(timestamp, _state.Positions, _command))
        {
            fault = new ArmFault(
                FaultCode.WatchdogExpired,
                $"no fresh target for longer than {_options.WatchdogPeriod.TotalMilliseconds} ms; the arm holds (controlled stop). Stream targets at the arm's rate or send a trajectory.",
                timestamp);
        }

        _state.Mode = _commander.Mode;
        var mode = _commander.Mode switch
        {
            MotionMode.Off => _offMode,
            MotionMode.Stopping => ServoMode.Hold,
            _ => ServoMode.Servo,
        };
        var input = session.Client.Connection.SendPayload;
        RtdeRecipe.WriteInt32(input, session.ModeOffset, (int)mode);
        RtdeRecipe.WriteInt32(input, session.SequenceOffset, ++_sequence);
        for (var j = 0; j < 6; j++)
        {
            RtdeRecipe.WriteDouble(input, session.FirstTargetOffset + 8 * j, _command[j]);
        }

        return fault;
    }

    private void EnterFault(FaultCode code, string message)
    {
        ArmFault fault;
        lock (_gate)
        {
            _commander.Off();
            _offMode = ServoMode.ImmediateExit;
            _lifecycle = ArmLifecycleState.Faulted;
            _state.Mode = MotionMode.Off;
            Array.Clear(_state.Velocities);
            fault = new ArmFault(code, message, _state.Timestamp);
        }

        Report(fault);
    }

    private void Report(ArmFault? fault)
    {
        if (fault is not null)
        {
            LastFault = fault;
            FaultReported?.Invoke(this, fault);
        }
    }
}
