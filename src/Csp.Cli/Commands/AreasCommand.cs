using System.CommandLine;
using System.Globalization;
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
            var results = (await areas.FindAsync(parse.GetValue(query)!, 10, ct).ConfigureAwait(false)).Select(d => (d.Area, d.Lineage, d.Children, d.WardSets)).ToList();
            var found = results.Select(r => r.Area).ToList();
            if (parse.GetValue(format) == "json")
            {
                // wardSets: each set of the district's wards (the 2021 and 2024 lookups), newest first; children lists them all.
                Console.Out.WriteLine(JsonSerializer.Serialize(results.Select(r => new
                {
                    r.Area.Code, r.Area.Name, r.Area.Level, lineage = r.Lineage.Skip(1), children = r.Children,
                    wardSets = WardSetsOf(r.Children, r.WardSets).Select(s => new { set = s.Set, lookup = WardVintage.LookupName(s.Set), wards = s.Wards.Select(w => w.Code) }),
                }), CliEnvironment.Json));
            }
            else
            {
                if (found.Count == 0) Output.Console.MarkupLine($"No area has the code or name '{Markup.Escape(parse.GetValue(query)!)}'. Import the lookups with ./csp import geography PATH.");
                foreach (var (area, lineage, children, sets) in results)
                {
                    Output.Console.MarkupLine($"[bold]{area.Code} {Markup.Escape(area.Name)}[/] ({area.Level})");
                    Output.Console.MarkupLine("  within: " + Markup.Escape(string.Join(" < ", lineage.Skip(1).Select(a => $"{a.Code} {a.Name} ({a.Level})"))));
                    var bySet = WardSetsOf(children, sets);
                    if (bySet.Count > 0)
                    {
                        // One line per ward set, newest first: the 2021 and 2024 wards are two maps of the district, not one list.
                        foreach (var (set, wards) in bySet)
                        {
                            var shown = string.Join(", ", wards.Take(20).Select(c => $"{c.Code} {c.Name}"));
                            var when = set == bySet[0].Set ? "in force for periods ending in " + set.ToString(CultureInfo.InvariantCulture) + " or later" : "for periods ending before " + bySet.Where(s => s.Set > set).Min(s => s.Set).ToString(CultureInfo.InvariantCulture);
                            Output.Console.MarkupLine($"  contains {wards.Count} wards of the {set} set ({WardVintage.LookupName(set)}, {when}): {Markup.Escape(shown)}{(wards.Count > 20 ? ", ..." : "")}");
                        }
                    }
                    else if (children.Count > 0)
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

    /// <summary>The wards among <paramref name="children"/> by set, newest set first; empty when no set is known.</summary>
    private static List<(int Set, List<Area> Wards)> WardSetsOf(IReadOnlyList<Area> children, IReadOnlyDictionary<string, IReadOnlyList<int>> sets) =>
        sets.Count == 0 ? [] : sets.Values.SelectMany(y => y).Distinct().OrderDescending()
            .Select(set => (set, children.Where(c => c.Level == AreaLevel.Ward && sets.TryGetValue(c.Code, out var y) && y.Contains(set)).ToList()))
            .Where(x => x.Item2.Count > 0).ToList();
}
