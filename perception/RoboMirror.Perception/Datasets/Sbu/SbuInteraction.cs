namespace RoboMirror.Perception.Datasets.Sbu;

/// <summary>The eight SBU Kinect Interaction classes, numbered as their folders (01-08).</summary>
public enum SbuInteraction
{
    /// <summary>01: one person walks towards the other.</summary>
    Approaching = 1,

    /// <summary>02: one person walks away.</summary>
    Departing = 2,

    /// <summary>03.</summary>
    Kicking = 3,

    /// <summary>04.</summary>
    Pushing = 4,

    /// <summary>05: right hands meet.</summary>
    ShakingHands = 5,

    /// <summary>06.</summary>
    Hugging = 6,

    /// <summary>07.</summary>
    ExchangingObject = 7,

    /// <summary>08.</summary>
    Punching = 8,
}
