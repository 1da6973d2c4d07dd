using System.Net.Sockets;
using Polly;
using RoboMirror.Hardware.UniversalRobots.Rtde;

namespace RoboMirror.Hardware.UniversalRobots;

/// <summary>
/// One configured RTDE connection: negotiated, recipes set up, synchronisation started. Opened as a whole or
/// not at all: a failed step closes the socket, so nothing is left half-configured.
/// </summary>
internal sealed class UrSession : IAsyncDisposable
{
    private UrSession(RtdeClient client, RtdeControllerVersion version, RtdeRecipe outputs, RtdeRecipe inputs)
    {
        Client = client;
        Version = version;
        Outputs = outputs;
        Inputs = inputs;
        TimestampOffset = outputs.Offset("timestamp");
        PositionsOffset = outputs.Offset("actual_q");
        VelocitiesOffset = outputs.Offset("actual_qd");
        RobotModeOffset = outputs.Offset("robot_mode");
        SafetyModeOffset = outputs.Offset("safety_mode");
        ModeOffset = inputs.Offset(UrRegisters.Inputs[0]);
        SequenceOffset = inputs.Offset(UrRegisters.Inputs[1]);
        FirstTargetOffset = inputs.Offset(UrRegisters.Inputs[2]);
    }

    public RtdeClient Client { get; }

    public RtdeControllerVersion Version { get; }

    public RtdeRecipe Outputs { get; }

    public RtdeRecipe Inputs { get; }

    public int TimestampOffset { get; }

    public int PositionsOffset { get; }

    public int VelocitiesOffset { get; }

    public int RobotModeOffset { get; }

    public int SafetyModeOffset { get; }

    public int ModeOffset { get; }

    public int SequenceOffset { get; }

    public int FirstTargetOffset { get; }

    /// <summary>Connects and configures, each exchange under <paramref name="exchange"/>'s timeout.</summary>
    public static async Task<UrSession> OpenAsync(UrArmOptions options, ResiliencePipeline exchange, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        RtdeClient? client = null;
        try
        {
            await exchange.ExecuteAsync(
                static async (state, ct) => await state.socket.ConnectAsync(state.Host, state.RtdePort, ct).ConfigureAwait(false),
                (socket, options.Host, options.RtdePort),
                cancellationToken).ConfigureAwait(false);
            client = new RtdeClient(new RtdeConnection(new NetworkStream(socket, ownsSocket: true)));
            await exchange.ExecuteAsync(static async (c, ct) => await c.NegotiateProtocolAsync(ct).ConfigureAwait(false), client, cancellationToken).ConfigureAwait(false);
            var version = await exchange.ExecuteAsync(static async (c, ct) => await c.GetControllerVersionAsync(ct).ConfigureAwait(false), client, cancellationToken).ConfigureAwait(false);
            var outputs = await exchange.ExecuteAsync(
                static async (s, ct) => await s.client.SetupOutputsAsync(s.Frequency, UrRegisters.Outputs, ct).ConfigureAwait(false),
                (client, options.Frequency),
                cancellationToken).ConfigureAwait(false);
            var inputs = await exchange.ExecuteAsync(static async (c, ct) => await c.SetupInputsAsync(UrRegisters.Inputs, ct).ConfigureAwait(false), client, cancellationToken).ConfigureAwait(false);
            RequireTypes(outputs, inputs);
            await exchange.ExecuteAsync(static async (c, ct) => await c.StartAsync(ct).ConfigureAwait(false), client, cancellationToken).ConfigureAwait(false);
            return new UrSession(client, version, outputs, inputs);
        }
        catch
        {
            if (client is not null)
            {
                await client.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                socket.Dispose();
            }

            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Client.DisposeAsync();

    private static void RequireTypes(RtdeRecipe outputs, RtdeRecipe inputs)
    {
        Require(outputs, "timestamp", RtdeDataType.Double);
        Require(outputs, "actual_q", RtdeDataType.Vector6D);
        Require(outputs, "actual_qd", RtdeDataType.Vector6D);
        Require(outputs, "robot_mode", RtdeDataType.Int32);
        Require(outputs, "safety_mode", RtdeDataType.Int32);
        Require(inputs, UrRegisters.Inputs[0], RtdeDataType.Int32);
        Require(inputs, UrRegisters.Inputs[1], RtdeDataType.Int32);
        foreach (var name in UrRegisters.Inputs.Skip(2))
        {
            Require(inputs, name, RtdeDataType.Double);
        }
    }

    private static void Require(RtdeRecipe recipe, string name, RtdeDataType type)
    {
        if (recipe.TypeOf(name) != type)
        {
            throw new RtdeProtocolException($"RTDE variable '{name}' is {RtdeDataTypes.Name(recipe.TypeOf(name))}; the RTDE guide gives {RtdeDataTypes.Name(type)}.");
        }
    }
}
