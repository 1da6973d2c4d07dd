using RoboMirror.Nodes.Session;
using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Transport;
using RoboMirror.Testing;

namespace RoboMirror.Nodes.Tests.Sim;

[Collection(SimSessionsCollection.Name)]
public sealed class SimOverDdsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-simdds-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [RequiresNativeLibraryFact("libddsc0debian", "libddsc.so.0debian", "libddsc.so", "ddsc", Timeout = 60_000)]
    public async Task Run_OverCycloneDdsOnLoopback_RecordsTheSessionsTurnEvents()
    {
        await Task.Yield();
        var loopback = Nodes.TestPaths.LoopbackDdsConfiguration;
        var domain = 215 + (Environment.ProcessId % 15); // above the Ros tests' 10-209, below Cyclone's 232
        var options = new SimOptions
        {
            Turns = 1,
            Partner = "synthetic",
            Speed = 4,
            Transport = TransportKind.Dds,
            Dds = new CycloneDdsTransportOptions { DomainId = domain, Configuration = loopback },
            OutputFolder = Path.Combine(_root, "dds"),
        };

        var outcome = SimRunner.Run(options, null, CancellationToken.None);

        Assert.Equal(1, outcome.Report.Summary.Turns);
        var log = SessionRecording.Read(Path.Combine(outcome.Folder, RunFolder.Recording));
        Assert.Contains(log.Events, e => e.Kind == Controller.Turns.TurnEventKind.PartnerStarted);
        Assert.NotEmpty(log.PartnerTurns);
    }
}
