namespace RoboMirror.Perception.Datasets.Splits;

/// <summary>One cross-validation fold: everything of <see cref="HeldOut"/> is in <see cref="Test"/>, nothing of it in <see cref="Train"/>.</summary>
public sealed record Fold<T>(string HeldOut, IReadOnlyList<T> Train, IReadOnlyList<T> Test);
