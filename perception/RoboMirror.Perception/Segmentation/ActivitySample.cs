namespace RoboMirror.Perception.Segmentation;

/// <summary>What the activity segmenter reads of one frame.</summary>
/// <param name="Time">The frame's timestamp.</param>
/// <param name="Energy">Motion energy, (shoulder widths/s)^2 (<see cref="Streaming.PersonFeatures.MotionEnergy"/>).</param>
/// <param name="Drift">Hand drift, shoulder widths/s (<see cref="Streaming.PersonFeatures.HandDrift"/>).</param>
public readonly record struct ActivitySample(TimeSpan Time, float Energy, float Drift);
