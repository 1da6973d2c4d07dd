namespace RoboMirror.Ros.Execution;

/// <summary>A lock-free "work is pending" flag: set from any thread, taken (read and cleared) by the spinner.</summary>
internal struct ReadyFlag
{
    private int _value;

    public void Set() => Volatile.Write(ref _value, 1);

    /// <summary>Clears the flag and returns whether it was set.</summary>
    public bool Take() => Interlocked.Exchange(ref _value, 0) == 1;
}
