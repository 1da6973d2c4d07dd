namespace RoboMirror.Models.Training.Training;

/// <summary>The observation side's outputs for every window of a set: latents, gesture and activity probabilities, time to end.</summary>
/// <param name="ExecutionLatents">The execution encoder's latents of the same windows' joint commands; null when the set has none.</param>
internal sealed record Predictions(float[][] Latents, float[][] Gesture, float[][] Activity, float[] TimeToEnd, float[][]? ExecutionLatents = null);
