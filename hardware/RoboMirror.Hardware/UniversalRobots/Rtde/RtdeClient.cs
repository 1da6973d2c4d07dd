using System.Buffers.Binary;
using System.Text;

namespace RoboMirror.Hardware.UniversalRobots.Rtde;

/// <summary>
/// The client side of RTDE protocol version 2: version negotiation, recipes, start/pause, data packages.
/// Each request waits for its reply; text messages ('M') that arrive meanwhile are kept in
/// <see cref="LastMessage"/>. Not thread-safe: one exchange at a time.
/// </summary>
public sealed class RtdeClient(RtdeConnection connection) : IAsyncDisposable
{
    /// <summary>The protocol version this client speaks.</summary>
    public const ushort ProtocolVersion = 2;

    /// <summary>The last text message the controller sent, or empty.</summary>
    public string LastMessage { get; private set; } = string.Empty;

    /// <summary>The underlying framing.</summary>
    public RtdeConnection Connection => connection;

    /// <summary>'V': asks for protocol version 2; throws when the controller refuses it.</summary>
    public async Task NegotiateProtocolAsync(CancellationToken cancellationToken)
    {
        BinaryPrimitives.WriteUInt16BigEndian(connection.SendPayload, ProtocolVersion);
        await connection.SendAsync(RtdePackageType.RequestProtocolVersion, 2, cancellationToken).ConfigureAwait(false);
        await ExpectAsync(RtdePackageType.RequestProtocolVersion, 1, cancellationToken).ConfigureAwait(false);
        if (connection.Payload[0] != 1)
        {
            throw new RtdeProtocolException($"The controller refused RTDE protocol version {ProtocolVersion}; it needs PolyScope 3.5 / 5.0 or later.");
        }
    }

    /// <summary>'v': the URControl version.</summary>
    public async Task<RtdeControllerVersion> GetControllerVersionAsync(CancellationToken cancellationToken)
    {
        await connection.SendAsync(RtdePackageType.GetUrControlVersion, 0, cancellationToken).ConfigureAwait(false);
        await ExpectAsync(RtdePackageType.GetUrControlVersion, 16, cancellationToken).ConfigureAwait(false);
        var p = connection.Payload;
        return new RtdeControllerVersion(
            BinaryPrimitives.ReadUInt32BigEndian(p),
            BinaryPrimitives.ReadUInt32BigEndian(p[4..]),
            BinaryPrimitives.ReadUInt32BigEndian(p[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(p[12..]));
    }

    /// <summary>'O': sets up the output recipe at <paramref name="frequency"/> Hz.</summary>
    public async Task<RtdeRecipe> SetupOutputsAsync(double frequency, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        BinaryPrimitives.WriteDoubleBigEndian(connection.SendPayload, frequency);
        var length = 8 + WriteNames(connection.SendPayload[8..], names);
        await connection.SendAsync(RtdePackageType.ControlPackageSetupOutputs, length, cancellationToken).ConfigureAwait(false);
        return await ReadRecipeAsync(RtdePackageType.ControlPackageSetupOutputs, names, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>'I': sets up an input recipe.</summary>
    public async Task<RtdeRecipe> SetupInputsAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var length = WriteNames(connection.SendPayload, names);
        await connection.SendAsync(RtdePackageType.ControlPackageSetupInputs, length, cancellationToken).ConfigureAwait(false);
        return await ReadRecipeAsync(RtdePackageType.ControlPackageSetupInputs, names, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>'S': starts the data synchronisation.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => AcceptedAsync(RtdePackageType.ControlPackageStart, cancellationToken);

    /// <summary>'P': pauses the data synchronisation.</summary>
    public Task PauseAsync(CancellationToken cancellationToken) => AcceptedAsync(RtdePackageType.ControlPackagePause, cancellationToken);

    /// <summary>
    /// Receives the next output data package of <paramref name="recipe"/>; its payload is in
    /// <see cref="RtdeConnection.Payload"/> (recipe id first). Text messages in between are recorded and skipped.
    /// </summary>
    public async ValueTask ReceiveDataAsync(RtdeRecipe recipe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        await ExpectAsync(RtdePackageType.DataPackage, recipe.PayloadSize, cancellationToken).ConfigureAwait(false);
        if (connection.Payload[0] != recipe.Id)
        {
            throw new RtdeProtocolException($"RTDE data package carries recipe id {connection.Payload[0]}; expected the output recipe {recipe.Id}.");
        }
    }

    /// <summary>Sends an input data package whose payload (recipe id first) was written into <see cref="RtdeConnection.SendPayload"/>.</summary>
    public ValueTask SendDataAsync(RtdeRecipe recipe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        connection.SendPayload[0] = recipe.Id;
        return connection.SendAsync(RtdePackageType.DataPackage, recipe.PayloadSize, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private async Task AcceptedAsync(RtdePackageType type, CancellationToken cancellationToken)
    {
        await connection.SendAsync(type, 0, cancellationToken).ConfigureAwait(false);
        await ExpectAsync(type, 1, cancellationToken).ConfigureAwait(false);
        if (connection.Payload[0] != 1)
        {
            throw new RtdeProtocolException($"The controller refused RTDE '{(char)type}' ({type}); check that the recipes are set up and no other client is using the inputs.");
        }
    }

    private async Task<RtdeRecipe> ReadRecipeAsync(RtdePackageType type, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        await ExpectAsync(type, 1, cancellationToken).ConfigureAwait(false);
        var id = connection.Payload[0];
        var reply = Encoding.ASCII.GetString(connection.Payload[1..]).Split(',');
        if (reply.Length != names.Count)
        {
            throw new RtdeProtocolException($"RTDE '{(char)type}' reply lists {reply.Length} types for {names.Count} names.");
        }

        var types = new RtdeDataType[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            if (!RtdeDataTypes.TryParse(reply[i], out types[i]))
            {
                throw new RtdeProtocolException($"RTDE variable '{names[i]}' is {reply[i]} on this controller (NOT_FOUND: unknown name or older firmware; IN_USE: another client writes it).");
            }
        }

        if (id == 0)
        {
            throw new RtdeProtocolException($"RTDE '{(char)type}' reply has recipe id 0 (setup refused).");
        }

        return new RtdeRecipe(id, names, types);
    }

    private async ValueTask ExpectAsync(RtdePackageType expected, int minimumPayload, CancellationToken cancellationToken)
    {
        while (true)
        {
            var type = await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (type == RtdePackageType.TextMessage)
            {
                LastMessage = ReadTextMessage(connection.Payload);
                continue;
            }

            if (type != expected)
            {
                throw new RtdeProtocolException($"Expected an RTDE '{(char)expected}' ({(byte)expected}) package; received type {(byte)type} with {connection.PayloadLength} payload bytes.");
            }

            if (connection.PayloadLength < minimumPayload)
            {
                throw new RtdeProtocolException($"RTDE '{(char)expected}' package has {connection.PayloadLength} payload bytes; at least {minimumPayload} expected.");
            }

            return;
        }
    }

    private static int WriteNames(Span<byte> destination, IReadOnlyList<string> names)
    {
        var text = string.Join(',', names);
        if (text.Length > 2048)
        {
            throw new ArgumentException($"RTDE recipes name at most 2048 bytes; these names take {text.Length}.", nameof(names));
        }

        return Encoding.ASCII.GetBytes(text, destination);
    }

    private static string ReadTextMessage(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 1 || payload[0] + 1 > payload.Length)
        {
            return Encoding.ASCII.GetString(payload);
        }

        var message = Encoding.ASCII.GetString(payload.Slice(1, payload[0]));
        var rest = payload[(1 + payload[0])..];
        var source = rest.Length > 0 && rest[0] + 1 <= rest.Length ? Encoding.ASCII.GetString(rest.Slice(1, rest[0])) : string.Empty;
        return source.Length > 0 ? $"{source}: {message}" : message;
    }
}
