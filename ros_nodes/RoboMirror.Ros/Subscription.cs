using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using RoboMirror.Ros.Execution;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Serialization;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros;

/// <summary>
/// Takes serialized samples from a transport reader and decodes them with the type's static codec. With a
/// callback it is an executor's work item: the reader's handler (any thread) only sets a flag and wakes
/// the executor, and the callback runs on the spinning thread. Without one it is read as an async stream.
/// </summary>
internal sealed class Subscription<T> : ISubscription<T>, IExecutable
    where T : IRosMessage<T>
{
    // Callbacks run per wake-up before other entities get their turn, so a fast publisher cannot starve them.
    private const int MaxBatch = 256;

    private readonly ITransportReader _reader;
    private readonly Action<T>? _callback;
    private readonly NodeWake _wake;
    private readonly DropLog _dropLog;
    private readonly Action<IDisposable> _onDispose;
    private readonly Lock _takeGate = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly SemaphoreSlim _streamSignal = new(0, 1);
    private ReadyFlag _ready;
    private long _received;
    private long _dropped;
    private int _disposed;

    public Subscription(ITransportReader reader, string topic, QosProfile qos, Action<T>? callback, NodeWake wake, DropLog dropLog, Action<IDisposable> onDispose)
    {
        _reader = reader;
        Topic = topic;
        Qos = qos;
        _callback = callback;
        _wake = wake;
        _dropLog = dropLog;
        _onDispose = onDispose;
        _reader.SetDataAvailableHandler(callback is null ? SignalStream : SignalExecutor);
    }

    public string Topic { get; }

    public QosProfile Qos { get; }

    public int MatchedPublisherCount => _reader.MatchedWriterCount;

    public long ReceivedCount => Interlocked.Read(ref _received);

    public long DroppedCount => Interlocked.Read(ref _dropped);

    public int ExecuteReady()
    {
        if (_callback is null || !_ready.Take())
        {
            return 0;
        }

        var count = 0;
        while (count < MaxBatch && TryTakeMessage(out var message))
        {
            _callback(message);
            count++;
        }

        if (count == MaxBatch)
        {
            SignalExecutor(); // More may wait: come back after the others had their turn.
        }

        return count;
    }

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_callback is not null)
        {
            throw new RosException(
                RosErrorCode.InvalidOperation,
                $"The subscription on '{Topic}' delivers to its callback; create it without a callback to read it with await foreach.");
        }

        return ReadAll(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _reader.SetDataAvailableHandler(null);
        lock (_takeGate)
        {
            // Under the take lock: a take on another thread never meets a disposed reader.
            _reader.Dispose();
        }

        SignalStream(); // Wakes a pending await foreach so it can see the disposal and end.
        _onDispose(this);
    }

    private async IAsyncEnumerable<T> ReadAll([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _disposed) == 0)
        {
            while (TryTakeMessage(out var message))
            {
                yield return message;
            }

            await _streamSignal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private bool TryTakeMessage([NotNullWhen(true)] out T? message)
    {
        lock (_takeGate)
        {
            while (Volatile.Read(ref _disposed) == 0)
            {
                _buffer.ResetWrittenCount();
                if (!_reader.TryTake(_buffer, out _))
                {
                    break;
                }

                if (RosSerializer.TryDeserialize(_buffer.WrittenSpan, out message, out var error))
                {
                    Interlocked.Increment(ref _received);
                    return true;
                }

                Interlocked.Increment(ref _dropped);
                _dropLog.Dropped(error);
            }
        }

        message = default;
        return false;
    }

    private void SignalExecutor()
    {
        _ready.Set();
        _wake.Raise();
    }

    private void SignalStream()
    {
        // At most one pending release: the reader drains everything on each wake-up anyway.
        if (_streamSignal.CurrentCount == 0)
        {
            try
            {
                _streamSignal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread released first; one wake-up is enough.
            }
        }
    }
}
