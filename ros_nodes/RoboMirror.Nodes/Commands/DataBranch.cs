using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>The <c>data</c> verbs: what a researcher runs on recordings before a study.</summary>
internal static class DataBranch
{
    /// <summary>Adds <c>data</c> to <paramref name="config"/>.</summary>
    public static void Add(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch("data", data =>
        {
            data.SetDescription("Looks at skeleton recordings: the three datasets in shared/data and the plain CSV format any lab can write.");
            data.AddCommand<DataInspectCommand>("inspect")
                .WithDescription(
                    "Reads one recording and tells its format (detected, or named with --format), the people in it, frames, "
                    + "frame rate, duration, labelled segments, and how many frames were rejected or repaired and why. "
                    + "A file it cannot read gets a message naming the file, the line and what was expected there.")
                .WithExample("data", "inspect", "../shared/data/buetepage_hh_kinect/data4/waving/pair_1_rec_0_user_1.txt")
                .WithExample("data", "inspect", "recording.csv", "--format", "plain", "--json");
        });
    }
}
