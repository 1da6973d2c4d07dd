namespace RoboMirror.Controller.Evaluation;

/// <summary>A period in which an agent (partner or robot) was active.</summary>
public readonly record struct ActivityInterval(TimeSpan Start, TimeSpan End)
{
    public TimeSpan Duration => End - Start;
}
