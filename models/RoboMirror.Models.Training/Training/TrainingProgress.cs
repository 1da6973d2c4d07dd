namespace RoboMirror.Models.Training.Training;

/// <summary>One step of a training run for a progress display: which stage (a held-out pair or "final") and the epoch's figures.</summary>
public sealed record TrainingProgress(string Stage, int StageIndex, int Stages, EpochReport Epoch);
