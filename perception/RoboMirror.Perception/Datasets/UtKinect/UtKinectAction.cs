namespace RoboMirror.Perception.Datasets.UtKinect;

/// <summary>
/// One labelled action in a UTKinect stream: its name as in actionLabel.txt (e.g. <c>waveHands</c>) and
/// its first and last frame ids (inclusive, 30 Hz frame-id clock), with the matching times.
/// </summary>
public sealed record UtKinectAction(string Name, int StartFrameId, int EndFrameId)
{
    /// <summary><see cref="StartFrameId"/> on the stream's clock.</summary>
    public TimeSpan Start => UtKinectReader.TimeOf(StartFrameId);

    /// <summary><see cref="EndFrameId"/> on the stream's clock.</summary>
    public TimeSpan End => UtKinectReader.TimeOf(EndFrameId);
}
