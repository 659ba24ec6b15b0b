using System.CommandLine;
using System.Text.Json;
using Csp.Core.Areas;
using Csp.Reporting.GeoJson;
using Csp.Workbench.Areas;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary><c>csp areas CODE-OR-NAME</c>: find an area and show where it sits in the hierarchy and what it contains.</summary>
internal static class AreasCommand
{
    public static Command Create(Option<string?> database)
    {
        var query = new Argument<string>("CODE-OR-NAME") { Description = "An ONS code (E07000109) or a name (Gravesham)." };
        var format = FormatOption.Create("table", "json");
        var geoJson = new Option<FileInfo?>("--geojson")
        {
            Description = "Write the outlines of the areas inside the first area found (districts of a force area, wards of a CSP or district, LSOAs of a ward) to this GeoJSON file.",
        };
        var command = new Command("areas", "Find an area by ONS code or name: its hierarchy (force area > CSP > district > ward > LSOA) and the areas inside it.") { query, format, geoJson };
        command.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var areas = useCases.GetRequiredService<AreaDescriptions>();
            var results = (await areas.FindAsync(parse.GetValue(query)!, 10, ct).ConfigureAwait(false)).Select(d => (d.Area, d.Lineage, d.Children)).ToList();
            var found = results.Select(r => r.Area).ToList();
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(results.Select(r => new { r.Area.Code, r.Area.Name, r.Area.Level, lineage = r.Lineage.Skip(1), children = r.Children }), CliEnvironment.Json));
            }
            else
            {
                if (found.Count == 0) Output.Console.MarkupLine($"No area has the code or name '{Markup.Escape(parse.GetValue(query)!)}'. Import the lookups with ./csp import geography PATH.");
                foreach (var (area, lineage, children) in results)
                {
                    Output.Console.MarkupLine($"[bold]{area.Code} {Markup.Escape(area.Name)}[/] ({area.Level})");
                    Output.Console.MarkupLine("  within: " + Markup.Escape(string.Join(" < ", lineage.Skip(1).Select(a => $"{a.Code} {a.Name} ({a.Level})"))));
                    if (children.Count > 0)
                    {
                        var shown = string.Join(", ", children.Take(15).Select(c => $"{c.Code} {c.Name}"));
                        Output.Console.MarkupLine($"  contains {children.Count} {children[0].Level}: {Markup.Escape(shown)}{(children.Count > 15 ? ", ..." : "")}");
                    }
                }
            }
            if (found.Count == 0) return ExitCodes.InputRejected;
            if (parse.GetValue(geoJson) is { } file)
            {
                var outlines = await areas.OutlinesInsideAsync(found[0], ct).ConfigureAwait(false);
                if (outlines.Count == 0)
                {
                    Console.Error.WriteLine($"error: there are no outlines to draw inside {found[0].Name}: import the boundaries and LSOA centroids (./csp import geography data/sample/geography).");
                    return ExitCodes.InputRejected;
                }
                await using (var stream = file.Create()) OutlineGeoJson.Write(outlines, stream);
                Console.Error.WriteLine($"Wrote {outlines.Count} outlines inside {found[0].Name} to {file.FullName}{(outlines.Any(o => o.Approximate) ? " (approximate shapes grown from LSOA population-weighted centroids)" : "")}.");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
