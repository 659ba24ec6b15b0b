using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Csp.Core.Areas;
using Csp.Core.Geometry;
using Csp.Core.HotSpots;
using Csp.Core.Periods;
using Csp.Core.Significance;
using Csp.Reporting.GeoJson;
using Csp.Workbench.Assessment;
using Csp.Workbench.HotSpots;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp hotspots --area A --period FROM..TO [--baseline FROM..TO] [--crime-type T ...] [--cell-size M] [--bandwidth M]
/// [--kernel quartic|gaussian] [--correction fdr|bonferroni|none] [--geojson FILE] [--csv FILE] [--format table|json]</c>:
/// grid counts, change, kernel density and Getis-Ord Gi* hot spots for an area.
/// </summary>
internal static class HotSpotsCommand
{
    public static Command Create(Option<string?> database)
    {
        var area = new Option<string>("--area") { Description = "ONS code or name of the area.", Required = true };
        var period = new Option<string>("--period") { Description = "Months to map, YYYY-MM..YYYY-MM.", Required = true };
        var baseline = new Option<string?>("--baseline") { Description = "Months to compare with, per cell (default: the same months a year earlier)." };
        var crimeTypes = new Option<string[]>("--crime-type") { Description = "police.uk crime types to map (repeat the option); default all crime and ASB.", AllowMultipleArgumentsPerToken = true };
        var cellSize = new Option<double>("--cell-size") { Description = "Grid cell side in metres.", DefaultValueFactory = _ => 250 };
        var bandwidth = new Option<double?>("--bandwidth") { Description = "Kernel bandwidth in metres (quartic: radius; Gaussian: sigma). Default: Scott's rule." };
        var kernel = new Option<string>("--kernel") { Description = "quartic (default) or gaussian.", DefaultValueFactory = _ => "quartic" };
        kernel.AcceptOnlyFromAmong("quartic", "gaussian");
        var correction = new Option<string>("--correction") { Description = "Multiple-testing correction of the Gi* p-values: fdr (Benjamini-Hochberg, default), bonferroni or none.", DefaultValueFactory = _ => "fdr" };
        correction.AcceptOnlyFromAmong("fdr", "bonferroni", "none");
        var geojson = new Option<string?>("--geojson") { Description = "Write the grid as GeoJSON (WGS84) to this file." };
        var csv = new Option<string?>("--csv") { Description = "Write the grid as CSV to this file." };
        var format = FormatOption.Create("table", "json");
        var by = new Option<string>("--by") { Description = "grid (default: counts, density and Gi* on square cells), or lsoa / ward: counts, change and rates per small area.", DefaultValueFactory = _ => "grid" };
        by.AcceptOnlyFromAmong("grid", "lsoa", "ward");
        var command = new Command("hotspots", "Hot spots for an area: counts on a grid bounded by the area, change, kernel density and Getis-Ord Gi* with a multiple-testing correction.")
        {
            area, period, baseline, crimeTypes, cellSize, bandwidth, kernel, correction, geojson, csv, format, by,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!MonthRange.TryParse(parse.GetValue(period)!, out var months))
            {
                Console.Error.WriteLine("error: --period is not YYYY-MM..YYYY-MM.");
                return ExitCodes.Error;
            }
            var before = months.Shift(-12);
            if (parse.GetValue(baseline) is { } b && !MonthRange.TryParse(b, out before))
            {
                Console.Error.WriteLine("error: --baseline is not YYYY-MM..YYYY-MM.");
                return ExitCodes.Error;
            }
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var analysis = useCases.GetRequiredService<HotSpotAnalysis>();
            var query = parse.GetValue(area)!;
            var types = parse.GetValue(crimeTypes) ?? [];
            if (parse.GetValue(by) is "lsoa" or "ward")
            {
                if (parse.GetValue(geojson) is not null)
                {
                    Console.Error.WriteLine("error: --geojson needs --by grid: no LSOA or ward boundaries are bundled (their counts go to --csv).");
                    return ExitCodes.Error;
                }
                var level = parse.GetValue(by) == "lsoa" ? AreaLevel.Lsoa : AreaLevel.Ward;
                var (byArea, figures, problem) = await analysis.ByAreaAsync(query, level, months, before, types, ct).ConfigureAwait(false);
                if (byArea is null)
                {
                    Console.Error.WriteLine("error: " + CliEnvironment.NoArea(problem));
                    return ExitCodes.InputRejected;
                }
                return ByArea(figures, byArea, level, months, before, types, parse.GetValue(csv), parse.GetValue(format) == "json");
            }
            var size = parse.GetValue(cellSize);
            var request = new HotSpotRequest(query, months, before, types, size, parse.GetValue(bandwidth),
                parse.GetValue(kernel) == "gaussian" ? KernelShape.Gaussian : KernelShape.Quartic,
                parse.GetValue(correction) switch { "bonferroni" => PValueCorrection.Bonferroni, "none" => PValueCorrection.None, _ => PValueCorrection.FalseDiscoveryRate });
            var outcome = await analysis.MapAsync(request, ct).ConfigureAwait(false);
            if (outcome.Note is { } note) Console.Error.WriteLine("note: " + note);
            if (outcome.Map is not { } map)
            {
                Console.Error.WriteLine("error: " + (outcome.Kind == AnswerKind.NotFound ? CliEnvironment.NoArea(outcome.Detail) : outcome.Detail));
                return ExitCodes.InputRejected;
            }
            var found = outcome.Area!;
            var noLocation = outcome.WithoutLocation;
            var grid = map.Grid;
            var title = $"{found.Name} {months}{(types.Length > 0 ? " " + string.Join(", ", types) : "")}";
            if (parse.GetValue(geojson) is { } g)
            {
                await using var file = File.Create(g);
                HotSpotFiles.WriteGeoJson(map, file, title);
            }
            if (parse.GetValue(csv) is { } c)
            {
                await using var file = new StreamWriter(c);
                HotSpotFiles.WriteCsv(map, file);
            }
            var hot = outcome.HotSpots;
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    area = new { found.Code, found.Name, Level = found.Level.ToString() }, period = months.ToString(), baseline = before.ToString(),
                    crimeTypes = types, cellSizeMetres = size, columns = grid.Columns, rows = grid.Rows, extent = grid.Area,
                    points = map.Points, pointsOutside = map.PointsOutside, withoutLocation = noLocation, baselinePoints = map.BaselinePoints,
                    kernel = map.Kernel.ToString().ToLowerInvariant(), bandwidthMetres = map.Bandwidth, correction = map.Correction.ToString(),
                    hotSpots = hot.Select(x => Describe(x)), coldSpots = map.Cells.Count(x => x.Class < HotSpotClass.NotSignificant),
                }, CliEnvironment.Json));
            }
            else
            {
                var o = Output.Console;
                o.MarkupLine(Markup.Escape($"{title}: {map.Points:N0} incidents on a {grid.Columns} x {grid.Rows} grid of {size:0} m cells ({map.PointsOutside} outside the grid, {noLocation} without a location); baseline {before}: {map.BaselinePoints:N0}."));
                o.MarkupLine(Markup.Escape($"Kernel density: {map.Kernel.ToString().ToLowerInvariant()}, bandwidth {map.Bandwidth:0} m. Gi* (3x3 neighbourhood including the cell), p-values corrected by {map.Correction}."));
                var table = new Table().Border(TableBorder.Simple).AddColumns("Cell centre (lat, lon)", "Count", "Baseline", "Density /km²", "Gi* z", "Hot spot");
                foreach (var x in hot.Take(15))
                {
                    var d = Describe(x);
                    table.AddRow(d.Where, x.Count.ToString(Output.Culture), x.BaselineCount.ToString(Output.Culture), x.DensityPerSquareKm.ToString("0.0", Output.Culture), x.GiZ.ToString("0.00", Output.Culture), Markup.Escape(x.Label));
                }
                o.Write(table);
                o.MarkupLine(hot.Count == 0 ? "No cell is a significant hot spot after the correction." : Markup.Escape($"{hot.Count} cells are significant hot spots; the GeoJSON and CSV hold every cell."));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Counts, change and rate per 1,000 residents for each LSOA or ward of the area, busiest first.</summary>
    private static int ByArea(IReadOnlyList<SmallAreaFigure> rows, Area area, AreaLevel level, MonthRange months, MonthRange before, string[] types, string? csvPath, bool json)
    {
        if (csvPath is not null)
        {
            using var file = new StreamWriter(csvPath);
            file.WriteLine("code,name,count,baseline_count,change,percent_change,population,population_year,rate_per_1000");
            foreach (var r in rows)
            {
                file.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Code},\"{r.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{r.Count},{r.BaselineCount},{r.Change},{r.PercentChange},{r.Population},{r.PopulationYear},{r.RatePer1000}"));
            }
        }
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new { area = new { area.Code, area.Name }, by = level.ToString(), period = months.ToString(), baseline = before.ToString(), crimeTypes = types, areas = rows }, CliEnvironment.Json));
            return ExitCodes.Success;
        }
        var table = new Table().Border(TableBorder.Simple).AddColumns(level.ToString(), "Name", before.Label(), months.Label(), "% change", "Per 1,000");
        foreach (var r in rows.Take(20))
        {
            table.AddRow(r.Code, Markup.Escape(r.Name), r.BaselineCount.ToString("N0", Output.Culture), r.Count.ToString("N0", Output.Culture),
                r.PercentChange?.ToString("+0.0;-0.0;0.0", Output.Culture) ?? "n/a", r.RatePer1000?.ToString("0.0", Output.Culture) ?? "n/a");
        }
        Output.Console.MarkupLine(Markup.Escape($"{area.Name}: {rows.Count} {level} areas with data, busiest first{(rows.Count > 20 ? " (top 20; --csv writes all)" : "")}."));
        Output.Console.Write(table);
        return ExitCodes.Success;
    }

    private static (string Where, double Latitude, double Longitude, int Count, double Z, string Label) Describe(HotSpotCell x)
    {
        var (lon, lat) = BritishNationalGrid.ToWgs84(new PlanarPoint(x.X, x.Y));
        return (string.Create(CultureInfo.InvariantCulture, $"{lat:0.0000}, {lon:0.0000}"), Math.Round(lat, 5), Math.Round(lon, 5), x.Count, Math.Round(x.GiZ, 3), x.Label);
    }
}
