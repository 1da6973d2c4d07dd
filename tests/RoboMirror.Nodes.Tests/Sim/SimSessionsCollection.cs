namespace RoboMirror.Nodes.Tests.Sim;

/// <summary>
/// Whole simulated sessions keep a core busy for seconds: they run one at a time and not beside other test
/// classes, so that tests measuring real-time rates (arm check) are not starved by them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SimSessionsCollection
{
    public const string Name = "simulated sessions";
}
