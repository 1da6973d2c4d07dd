namespace RoboMirror.Nodes.Doctor;

/// <summary>One probe of this machine. Runs quickly, never throws, never changes anything.</summary>
internal interface IMachineCheck
{
    Finding Run();
}
