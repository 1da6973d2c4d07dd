namespace RoboMirror.Ros.Execution;

/// <summary>Something an executor runs on its spinning thread when it is ready: a subscription's callback or a timer's.</summary>
internal interface IExecutable
{
    /// <summary>Runs the pending work if any was signalled since the last call; returns the number of callbacks run.</summary>
    int ExecuteReady();
}
