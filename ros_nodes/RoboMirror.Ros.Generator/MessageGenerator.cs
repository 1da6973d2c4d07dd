using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RoboMirror.Ros.Generator.Emit;
using RoboMirror.Ros.Generator.Model;
using RoboMirror.Ros.Generator.Parsing;

namespace RoboMirror.Ros.Generator;

/// <summary>
/// Generates one class per .msg file given as an AdditionalFiles item at <c>&lt;package&gt;/msg/&lt;Name&gt;.msg</c>,
/// plus the list of all types. All files are generated together because a type's hash and definition
/// include the types it nests.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MessageGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor InvalidMsg = new(
        id: "RMSG001",
        title: "Invalid .msg file",
        messageFormat: "{0}",
        category: "RoboMirror.Ros.Generator",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".msg", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancel) => (Path: file.Path, Text: file.GetText(cancel)?.ToString() ?? string.Empty))
            .Collect();
        context.RegisterSourceOutput(files, static (output, all) => Generate(output, all));
    }

    private static void Generate(SourceProductionContext output, ImmutableArray<(string Path, string Text)> files)
    {
        var catalog = new MsgCatalog();
        var valid = true;
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            try
            {
                var (package, name) = Locate(file.Path);
                var spec = MsgParser.Parse(package, name, file.Path, file.Text.Replace("\r\n", "\n"));
                if (!catalog.TryAdd(spec))
                {
                    throw new MsgParseException($"{spec.RosName} is defined by more than one .msg file", 0);
                }
            }
            catch (MsgParseException e)
            {
                Report(output, file.Path, e);
                valid = false;
            }
        }

        foreach (var spec in catalog.All.ToList())
        {
            try
            {
                catalog.CheckReferences(spec);
            }
            catch (MsgParseException e)
            {
                Report(output, spec.Path, e);
                valid = false;
            }
        }

        if (!valid)
        {
            return;
        }

        foreach (var spec in catalog.All)
        {
            output.AddSource($"{spec.Package}.{spec.Name}.g.cs", SourceText.From(MessageEmitter.Emit(spec, catalog), Encoding.UTF8));
        }

        output.AddSource("GeneratedMessageTypes.g.cs", SourceText.From(RegistryEmitter.Emit(catalog.All), Encoding.UTF8));
    }

    /// <summary>Package and type name from <c>.../&lt;package&gt;/msg/&lt;Name&gt;.msg</c>.</summary>
    private static (string Package, string Name) Locate(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        if (parts.Length < 3 || parts[parts.Length - 2] != "msg")
        {
            throw new MsgParseException($"'{path}' is not at <package>/msg/<Name>.msg; move it so the package can be read from the path", 0);
        }

        var file = parts[parts.Length - 1];
        return (parts[parts.Length - 3], file.Substring(0, file.Length - ".msg".Length));
    }

    private static void Report(SourceProductionContext output, string path, MsgParseException error)
    {
        var line = Math.Max(0, error.Line - 1);
        var position = new LinePosition(line, 0);
        var location = Location.Create(path, default, new LinePositionSpan(position, position));
        output.ReportDiagnostic(Diagnostic.Create(InvalidMsg, location, error.Message));
    }

}
