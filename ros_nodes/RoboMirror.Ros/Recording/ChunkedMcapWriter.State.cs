namespace RoboMirror.Ros.Recording;

/// <summary>
/// The writer's life cycle: open until completed or disposed; an I/O failure faults it for good, because
/// a half-written record cannot be taken back and anything appended after it would be unreadable.
/// </summary>
internal sealed partial class ChunkedMcapWriter
{
    private enum State
    {
        Open,
        Faulted,
        Complete,
        Disposed,
    }

    private void EnsureOpen()
    {
        switch (_state)
        {
            case State.Open:
                return;
            case State.Disposed:
                throw new ObjectDisposedException(nameof(IMcapWriter));
            case State.Complete:
                throw new InvalidOperationException("The MCAP recording is complete (summary and footer written); nothing more can be added.");
            default:
                throw new InvalidOperationException("The MCAP writer failed to write to its output earlier; the file keeps the chunks written before the failure.");
        }
    }

    private void GuardedCloseChunk() => Guarded(CloseChunk);

    /// <summary>Runs a write; an I/O failure leaves the writer faulted (later calls throw, Dispose writes nothing more).</summary>
    private void Guarded(Action write)
    {
        try
        {
            write();
        }
        catch (IOException)
        {
            _state = State.Faulted;
            throw;
        }
    }

    private static void ThrowUnknownChannel(ushort channelId) =>
        throw new ArgumentOutOfRangeException(nameof(channelId), channelId, "No channel with this id was added to the MCAP writer.");
}
