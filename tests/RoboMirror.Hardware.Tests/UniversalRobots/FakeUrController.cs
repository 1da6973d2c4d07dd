using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace RoboMirror.Hardware.Tests.UniversalRobots;

/// <summary>How the fake controller misbehaves.</summary>
internal enum FakeBehaviour
{
    /// <summary>Follows the RTDE guide.</summary>
    Normal,

    /// <summary>Accepts connections and never answers.</summary>
    Silent,

    /// <summary>Answers the protocol-version request with garbage bytes.</summary>
    GarbageHandshake,
}

/// <summary>One input data package the client sent: mode, sequence and targets.</summary>
internal sealed record FakeInput(int Mode, int Sequence, double[] Targets);

/// <summary>
/// A UR controller on loopback that speaks RTDE byte for byte as Universal Robots' "Real-Time Data Exchange
/// (RTDE) Guide" describes it (big-endian uint16 size, uint8 type; 'V', 'v', 'O', 'I', 'S', 'P', 'U', 'M'),
/// plus a secondary-interface listener that records the URScript programs it receives. State packages are
/// pushed by the test, so nothing depends on timing.
/// </summary>
internal sealed partial class FakeUrController : IAsyncDisposable
{
    private readonly TcpListener _rtde = new(IPAddress.Loopback, 0);
    private readonly TcpListener _script = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Task _rtdeLoop;
    private readonly Task _scriptLoop;
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private NetworkStream? _session;
    private string[] _outputs = [];
    private string[] _inputs = [];
    private int _connections;

    public FakeUrController()
    {
        _rtde.Start();
        _script.Start();
        _rtdeLoop = Task.Run(AcceptRtdeAsync);
        _scriptLoop = Task.Run(AcceptScriptAsync);
    }

    public int RtdePort => ((IPEndPoint)_rtde.LocalEndpoint).Port;

    public int ScriptPort => ((IPEndPoint)_script.LocalEndpoint).Port;

    public FakeBehaviour Behaviour { get; set; } = FakeBehaviour.Normal;

    /// <summary>The first N connections answer the protocol-version request only after <see cref="SlowReplyDelay"/> (a slow peer).</summary>
    public int SlowFirstConnections { get; set; }

    public TimeSpan SlowReplyDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The first N connections are closed as soon as they are accepted.</summary>
    public int DropFirstConnections { get; set; }

    public int Connections => Volatile.Read(ref _connections);

    public int RobotMode { get; set; } = 7;

    public int SafetyMode { get; set; } = 1;

    /// <summary>Every package the client sent, header included, in order.</summary>
    public ConcurrentQueue<byte[]> ClientPackages { get; } = new();

    public double RequestedFrequency { get; private set; }

    public Channel<FakeInput> Inputs { get; } = Channel.CreateUnbounded<FakeInput>();

    public Channel<string> Programs { get; } = Channel.CreateUnbounded<string>();

    /// <summary>Completes when a client has sent 'S' (start).</summary>
    public Task Started => _started.Task;

    /// <summary>Sends one state package with the output recipe and returns the input package the client answers with.</summary>
    public async Task<FakeInput> ExchangeAsync(double seconds, double[] positions, double[]? velocities = null)
    {
        await PushStateAsync(seconds, positions, velocities);
        return await Inputs.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async Task PushStateAsync(double seconds, double[] positions, double[]? velocities = null)
    {
        var payload = new List<byte> { 1 };
        foreach (var name in _outputs)
        {
            switch (name)
            {
                case "timestamp": AddDouble(payload, seconds); break;
                case "actual_q": positions.ToList().ForEach(v => AddDouble(payload, v)); break;
                case "actual_qd": (velocities ?? new double[6]).ToList().ForEach(v => AddDouble(payload, v)); break;
                case "robot_mode": AddInt(payload, RobotMode); break;
                case "safety_mode": AddInt(payload, SafetyMode); break;
                case "runtime_state": AddInt(payload, 2); break;
                default: throw new InvalidOperationException($"fake has no output '{name}'");
            }
        }

        await SendAsync('U', [.. payload]);
    }

    /// <summary>Writes raw bytes into the RTDE session.</summary>
    public async Task SendRawAsync(byte[] bytes)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _session!.WriteAsync(bytes);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes the RTDE session as a crashed controller would.</summary>
    public void DropSession() => _session?.Socket.Close(0);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _rtde.Stop();
        _script.Stop();
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Task.WhenAll(_rtdeLoop, _scriptLoop).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private async Task AcceptRtdeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _rtde.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _clients.Add(client);
            if (Interlocked.Increment(ref _connections) <= DropFirstConnections)
            {
                client.Client.Close(0);
                continue;
            }

            if (Behaviour != FakeBehaviour.Silent)
            {
                _session = client.GetStream();
                var slow = _connections - DropFirstConnections <= SlowFirstConnections;
                _ = Task.Run(() => ServeAsync(client.GetStream(), slow));
            }
        }
    }

    private async Task ServeAsync(NetworkStream stream, bool slow)
    {
        try
        {
            var header = new byte[3];
            while (!_stop.IsCancellationRequested)
            {
                await stream.ReadExactlyAsync(header, _stop.Token);
                var size = BinaryPrimitives.ReadUInt16BigEndian(header);
                var payload = new byte[size - 3];
                await stream.ReadExactlyAsync(payload, _stop.Token);
                ClientPackages.Enqueue([.. header, .. payload]);
                if (slow)
                {
                    await Task.Delay(SlowReplyDelay, _stop.Token);
                }

                await HandleAsync((char)header[2], payload);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client closed, or the test dropped the session.
        }
    }

    private async Task SendAsync(char type, byte[] payload)
    {
        var package = new byte[3 + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(package, (ushort)package.Length);
        package[2] = (byte)type;
        payload.CopyTo(package, 3);
        await SendRawAsync(package);
    }

    private async Task AcceptScriptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var client = await _script.AcceptTcpClientAsync(_stop.Token);
                using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
                var program = await reader.ReadToEndAsync(_stop.Token);
                await Programs.Writer.WriteAsync(program);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (IOException)
            {
                // A client that gave up mid-send; wait for the next.
            }
        }
    }

    private static void AddDouble(List<byte> bytes, double value)
    {
        var buffer = new byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(buffer, value);
        bytes.AddRange(buffer);
    }

    private static void AddInt(List<byte> bytes, int value)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, value);
        bytes.AddRange(buffer);
    }
}
