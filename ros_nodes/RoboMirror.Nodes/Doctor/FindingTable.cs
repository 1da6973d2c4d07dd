using Spectre.Console;

namespace RoboMirror.Nodes.Doctor;

/// <summary>Renders findings as the table a user reads.</summary>
internal static class FindingTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Finding> findings)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Capability")
            .AddColumn("Needs")
            .AddColumn("Status")
            .AddColumn("Found");
        foreach (var f in findings)
        {
            table.AddRow(
                Markup.Escape(f.Capability),
                Markup.Escape(f.Component),
                f.Status switch
                {
                    FindingStatus.Ok => "[green]ok[/]",
                    FindingStatus.Limited => "[yellow]limited[/]",
                    _ => f.Essential ? "[red]missing (essential)[/]" : "[red]missing[/]",
                },
                Markup.Escape(f.Detail));
        }

        console.Write(table);
        var fixes = findings.Where(f => f.Fix is not null).ToList();
        if (fixes.Count == 0)
        {
            console.MarkupLine("[green]Everything RoboMirror can use is present.[/]");
            return;
        }

        console.MarkupLine("To install what is missing or limited:");
        foreach (var f in fixes)
        {
            console.MarkupLine($"  [bold]{Markup.Escape(f.Component)}[/]: {Markup.Escape(f.Fix!)}");
        }
    }
}
