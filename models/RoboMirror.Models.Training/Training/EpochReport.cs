namespace RoboMirror.Models.Training.Training;

/// <summary>What one epoch of training reached: mean training loss, and on the validation windows (when given) their loss and gesture accuracy.</summary>
public sealed record EpochReport(int Epoch, int Epochs, double TrainLoss, double? ValidationLoss, double? ValidationGestureAccuracy);
