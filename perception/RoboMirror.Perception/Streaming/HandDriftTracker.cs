using System.Numerics;

namespace RoboMirror.Perception.Streaming;

/// <summary>
/// How fast a hand has been getting somewhere: its net displacement over the last <c>window</c> divided by the time
/// it took (shoulder widths per second, body frame). Unlike the frame-to-frame speed behind the motion energy, tracker
/// jitter cancels out in a net displacement, so a slow, steady movement (a fist raised over two seconds) stands out
/// from a still, jittering hand. One instance per hand; allocation-free after construction.
/// </summary>
internal sealed class HandDriftTracker
{
    // Enough samples for the window at up to ~500 Hz; at higher rates the oldest samples drop and the window shortens.
    private const int Capacity = 256;

    private readonly TimeSpan[] _times = new TimeSpan[Capacity];
    private readonly Vector3[] _positions = new Vector3[Capacity];
    private readonly TimeSpan _window;
    private int _head;
    private int _count;

    public HandDriftTracker(TimeSpan window)
    {
        _window = window;
    }

    /// <summary>
    /// Adds the hand's position at <paramref name="time"/> and returns its drift speed: net displacement from the oldest
    /// sample within the window, divided by the time between them. 0 until the samples span half the window (too short
    /// a span lets jitter through), and with a zero window.
    /// </summary>
    public float Update(TimeSpan time, Vector3 position)
    {
        if (_window <= TimeSpan.Zero)
        {
            return 0f;
        }

        if (_count == Capacity)
        {
            _count--;
        }

        _head = (_head + 1) % Capacity;
        _times[_head] = time;
        _positions[_head] = position;
        _count++;

        // Forget samples older than the window.
        while (_count > 1 && time - _times[Oldest] > _window)
        {
            _count--;
        }

        var span = time - _times[Oldest];
        if (span < _window / 2 || span <= TimeSpan.Zero)
        {
            return 0f;
        }

        return Vector3.Distance(position, _positions[Oldest]) / (float)span.TotalSeconds;
    }

    /// <summary>Forgets every sample (the hand was lost or the filters restarted).</summary>
    public void Reset()
    {
        _count = 0;
    }

    private int Oldest => ((_head - _count + 1) % Capacity + Capacity) % Capacity;
}
