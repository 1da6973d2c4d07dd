namespace RoboMirror.Controller.Simulation;

/// <summary>Ground truth of one gesture the simulated partner performed, on the session clock.</summary>
/// <param name="Index">0-based turn number.</param>
/// <param name="Gesture">Gesture class.</param>
/// <param name="Source">Which clip it came from.</param>
/// <param name="Start">Labelled start of the movement.</param>
/// <param name="End">Labelled end of the movement (hesitation included).</param>
/// <param name="Hesitated">True when the gesture had a still pause in its middle.</param>
/// <param name="Overlap">True when the partner started this gesture while the robot was answering.</param>
/// <param name="FollowerOnset">When the recording's human follower started to move, for a replayed recording that has one.</param>
public sealed record PartnerTurnRecord(int Index, string Gesture, string Source, TimeSpan Start, TimeSpan End, bool Hesitated, bool Overlap, TimeSpan? FollowerOnset = null);
