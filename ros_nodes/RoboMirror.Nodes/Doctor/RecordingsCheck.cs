using RoboMirror.Perception.Datasets;

namespace RoboMirror.Nodes.Doctor;

/// <summary>The folder of real recordings used for training, evaluation and the simulated partner.</summary>
internal sealed class RecordingsCheck : IMachineCheck
{
    private const string Capability = "Training, evaluation, recorded partners";
    private const string Component = "real recordings";

    public Finding Run()
    {
        var root = RecordingsFolder.Find(out var reason);
        if (root is null)
        {
            return new(Capability, Component, FindingStatus.Missing,
                reason + "; the simulated partner falls back to synthetic gestures",
                $"export {RecordingsFolder.Variable}=/path/to/data (the folder holding {string.Join("/, ", RecordingsFolder.KnownDatasets)}/)");
        }

        var present = RecordingsFolder.DatasetsIn(root);
        var absent = RecordingsFolder.KnownDatasets.Except(present).ToList();
        var detail = $"{root} ({reason}): {(present.Count == 0 ? "no known dataset" : string.Join(", ", present))}";
        return absent.Count == 0
            ? new(Capability, Component, FindingStatus.Ok, detail, null)
            : new(Capability, Component, FindingStatus.Limited, detail + $"; missing {string.Join(", ", absent)}",
                $"copy {string.Join(", ", absent)} into {root}");
    }
}
