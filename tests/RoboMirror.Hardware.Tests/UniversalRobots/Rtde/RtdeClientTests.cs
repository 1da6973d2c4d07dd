using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RoboMirror.Hardware.UniversalRobots.Rtde;

namespace RoboMirror.Hardware.Tests.UniversalRobots.Rtde;

/// <summary>The RTDE client against a peer whose every byte the test writes.</summary>
public sealed class RtdeClientTests : IAsyncLifetime
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private TcpClient _clientSocket = null!;
    private TcpClient _peerSocket = null!;
    private RtdeClient _client = null!;
    private NetworkStream _peer = null!;

    public async Task InitializeAsync()
    {
        _listener.Start();
        _clientSocket = new TcpClient();
        var accept = _listener.AcceptTcpClientAsync();
        await _clientSocket.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)_listener.LocalEndpoint).Port);
        _peerSocket = await accept.WaitAsync(TimeSpan.FromSeconds(10));
        _peer = _peerSocket.GetStream();
        _client = new RtdeClient(new RtdeConnection(_clientSocket.GetStream()));
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _peerSocket.Dispose();
        _clientSocket.Dispose();
        _listener.Stop();
    }

    private static byte[] Package(char type, params byte[] payload)
    {
        var bytes = new byte[3 + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)bytes.Length);
        bytes[2] = (byte)type;
        payload.CopyTo(bytes, 3);
        return bytes;
    }

    private async Task<byte[]> ReadPackage()
    {
        var header = new byte[3];
        await _peer.ReadExactlyAsync(header).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        var payload = new byte[BinaryPrimitives.ReadUInt16BigEndian(header) - 3];
        await _peer.ReadExactlyAsync(payload).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return [.. header, .. payload];
    }

    [Fact]
    public async Task SetupOutputs_WritesFrequencyAndNamesAndParsesTheRecipe()
    {
        var setup = _client.SetupOutputsAsync(500, ["timestamp", "actual_q"], CancellationToken.None);
        var request = await ReadPackage();
        await _peer.WriteAsync(Package('O', [7, .. Encoding.ASCII.GetBytes("DOUBLE,VECTOR6D")]));
        var recipe = await setup.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((byte)'O', request[2]);
        Assert.Equal(500.0, BinaryPrimitives.ReadDoubleBigEndian(request.AsSpan(3)));
        Assert.Equal("timestamp,actual_q", Encoding.ASCII.GetString(request, 11, request.Length - 11));
        Assert.Equal(7, recipe.Id);
        Assert.Equal(1 + 8 + 48, recipe.PayloadSize);
        Assert.Equal(9, recipe.Offset("actual_q"));
    }

    [Fact]
    public async Task SetupInputs_VariableInUse_ThrowsNamingIt()
    {
        var setup = _client.SetupInputsAsync(["input_int_register_24"], CancellationToken.None);
        await ReadPackage();
        await _peer.WriteAsync(Package('I', [0, .. Encoding.ASCII.GetBytes("IN_USE")]));

        var error = await Assert.ThrowsAsync<RtdeProtocolException>(() => setup.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("'input_int_register_24' is IN_USE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NegotiateProtocol_TextMessageBeforeTheReply_SkipsAndKeepsIt()
    {
        var negotiate = _client.NegotiateProtocolAsync(CancellationToken.None);
        await ReadPackage();
        await _peer.WriteAsync(Package('M', [5, .. "hello"u8.ToArray(), 3, .. "ctl"u8.ToArray(), 1]));
        await _peer.WriteAsync(Package('V', 1));

        await negotiate.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("ctl: hello", _client.LastMessage);
    }

    [Fact]
    public async Task NegotiateProtocol_Refused_ThrowsWithWhatToDo()
    {
        var negotiate = _client.NegotiateProtocolAsync(CancellationToken.None);
        await ReadPackage();
        await _peer.WriteAsync(Package('V', 0));

        var error = await Assert.ThrowsAsync<RtdeProtocolException>(() => negotiate.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("protocol version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnexpectedPackageType_ThrowsNamingBoth()
    {
        var start = _client.StartAsync(CancellationToken.None);
        await ReadPackage();
        await _peer.WriteAsync(Package('P', 1));

        var error = await Assert.ThrowsAsync<RtdeProtocolException>(() => start.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("'S' (83)", error.Message, StringComparison.Ordinal);
        Assert.Contains("type 80", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveData_PeerCloses_ThrowsEndOfStream()
    {
        var recipe = new RtdeRecipe(1, ["timestamp"], [RtdeDataType.Double]);
        var receive = _client.ReceiveDataAsync(recipe, CancellationToken.None).AsTask();
        _peerSocket.Client.Shutdown(SocketShutdown.Send);

        await Assert.ThrowsAsync<EndOfStreamException>(() => receive.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
