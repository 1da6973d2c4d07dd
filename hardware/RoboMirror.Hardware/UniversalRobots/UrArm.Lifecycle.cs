using System.Net.Sockets;
using System.Text;
using Polly.CircuitBreaker;
using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Resilience;

namespace RoboMirror.Hardware.UniversalRobots;

/// <summary>The UR driver's lifecycle: configure (RTDE), activate (servo program), deactivate, dispose. None of it is real-time.</summary>
public sealed partial class UrArm
{
    /// <inheritdoc />
    public async Task ConfigureAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lifecycle is ArmLifecycleState.Inactive or ArmLifecycleState.Active)
            {
                return;
            }
        }

        await CloseSessionAsync().ConfigureAwait(false);
        ConnectAttempts = 0;
        UrSession session;
        try
        {
            session = await _connect.ExecuteAsync(
                static async (arm, ct) =>
                {
                    arm.ConnectAttempts++;
                    return await UrSession.OpenAsync(arm._options, arm._exchange, ct).ConfigureAwait(false);
                },
                this,
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException e)
        {
            var message = $"Not connecting to the UR controller at {_options.Host}:{_options.RtdePort}: the circuit is open after repeated failures ({e.Message}). Check the network and the controller, then configure again after the break.";
            EnterFault(FaultCode.CircuitOpen, message);
            throw new ArmConnectionException(message, e);
        }
        catch (Exception e) when (e is IOException or SocketException or Polly.Timeout.TimeoutRejectedException)
        {
            var message = $"Could not connect to and configure the UR controller at {_options.Host}:{_options.RtdePort} after {ConnectAttempts} attempt(s): {e.Message.TrimEnd('.')}. Check that the arm is on, reachable and that no other RTDE client uses input registers 24–29.";
            Report(new ArmFault(FaultCode.ConnectionFailed, message, _state.Timestamp));
            throw new ArmConnectionException(message, e);
        }

        lock (_gate)
        {
            _session = session;
            ControllerVersion = session.Version.ToString();
            _firstState = NewSignal();
            _packages = 0;
            _misses = 0;
            _offMode = ServoMode.Exit;
            _commander.Off();
            _lifecycle = ArmLifecycleState.Inactive;
            _streamStop = new CancellationTokenSource();
            _streamTask = RunStreamAsync(session, _streamStop.Token);
        }
    }

    /// <inheritdoc />
    public async Task ActivateAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lifecycle == ArmLifecycleState.Active)
            {
                return;
            }

            if (_lifecycle != ArmLifecycleState.Inactive)
            {
                throw new InvalidOperationException($"The UR arm at {_options.Host} is {_lifecycle}; configure it before activating it.");
            }
        }

        try
        {
            await _firstState.Task.WaitAsync(_options.Resilience.ExchangeTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new ArmNotReadyException($"No RTDE state package arrived from {_options.Host} within {_options.Resilience.ExchangeTimeout.TotalSeconds} s of configuring; check the controller's RTDE output.", e);
        }

        lock (_gate)
        {
            if (!UrModes.CanMove(_robotMode, _safetyMode))
            {
                throw new ArmNotReadyException(
                    $"The UR arm at {_options.Host} is {UrModes.RobotMode(_robotMode)} with safety {UrModes.SafetyMode(_safetyMode)}; it must be RUNNING with NORMAL or REDUCED safety. Power it on and release the brakes (or clear the stop) on the teach pendant.");
            }

            // Registers hold "servo to where you are" before the program starts, so it starts without a jump.
            _commander.Hold(_state.Positions);
        }

        try
        {
            await _connect.ExecuteAsync(static async (arm, ct) => await arm.SendProgramAsync(ct).ConfigureAwait(false), this, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or Polly.Timeout.TimeoutRejectedException or BrokenCircuitException)
        {
            lock (_gate)
            {
                _commander.Off();
            }

            throw new ArmConnectionException($"Could not send the servo program to {_options.Host}:{_options.ScriptPort}: {e.Message.TrimEnd('.')}. Check that the arm is in remote control mode.", e);
        }

        lock (_gate)
        {
            if (_lifecycle == ArmLifecycleState.Inactive)
            {
                _lifecycle = ArmLifecycleState.Active;
            }
        }
    }

    /// <inheritdoc />
    public Task DeactivateAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lifecycle == ArmLifecycleState.Active)
            {
                _offMode = ServoMode.Exit;
                _commander.Off();
                _lifecycle = ArmLifecycleState.Inactive;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _offMode = ServoMode.Exit;
            _commander.Off();
            _lifecycle = ArmLifecycleState.Unconfigured;
        }

        await CloseSessionAsync().ConfigureAwait(false);
    }

    private async Task SendProgramAsync(CancellationToken cancellationToken)
    {
        var program = Encoding.ASCII.GetBytes(UrScriptProgram.Build(_options));
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await _exchange.ExecuteAsync(
            static async (s, ct) =>
            {
                await s.socket.ConnectAsync(s.Host, s.ScriptPort, ct).ConfigureAwait(false);
                await s.socket.SendAsync(s.program, SocketFlags.None, ct).ConfigureAwait(false);
            },
            (socket, _options.Host, _options.ScriptPort, program),
            cancellationToken).ConfigureAwait(false);
        socket.Shutdown(SocketShutdown.Both);
    }

    private async Task CloseSessionAsync()
    {
        UrSession? session;
        CancellationTokenSource? stop;
        Task task;
        lock (_gate)
        {
            session = _session;
            stop = _streamStop;
            task = _streamTask;
            _session = null;
            _streamStop = null;
        }

        if (stop is not null)
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }

        if (session is not null)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }

        await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stop?.Dispose();
    }
}
