using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Csp.Core.Geometry;
using Csp.Core.NearRepeat;
using Csp.Workbench.NearRepeat;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp near-repeat --input FILE --space-bands 0,1,101,201 --time-bands 0,8,15,22 [--distance manhattan|euclidean]
/// --permutations 999 --seed N --format table|json|csv</c>: the Knox test on dated incidents.
/// </summary>
internal static class NearRepeatCommand
{
    public static Command Create(Option<string?> database)
    {
        var input = new Option<string?>("--input") { Description = "Incidents as X,Y,date lines (projected metres; the NearRepeat package's file shape). Or use --category to take imported incidents." };
        var category = new Option<string?>("--category") { Description = "Use the imported incidents of this category (./csp import incidents)." };
        var from = new Option<string?>("--from") { Description = "With --category: the first day, yyyy-MM-dd." };
        var to = new Option<string?>("--to") { Description = "With --category: the last day, yyyy-MM-dd." };
        var space = new Option<string>("--space-bands") { Description = "Breaks in metres, half-open [from, to); 'Inf' for an open last band.", DefaultValueFactory = _ => "0,1,101,201,301,401,Inf" };
        var time = new Option<string>("--time-bands") { Description = "Breaks in days, half-open [from, to); 'Inf' for an open last band.", DefaultValueFactory = _ => "0,8,15,22,29,Inf" };
        var distance = new Option<string>("--distance") { Description = "manhattan (default, as the NearRepeat package) or euclidean.", DefaultValueFactory = _ => "manhattan" };
        distance.AcceptOnlyFromAmong("manhattan", "euclidean");
        var permutations = new Option<int>("--permutations") { Description = "Monte Carlo permutations of the dates.", DefaultValueFactory = _ => 999 };
        var seed = new Option<int>("--seed") { Description = "Seed of the permutations: the same seed gives the same result.", DefaultValueFactory = _ => 1 };
        var format = FormatOption.Create("table", "json", "csv");
        var command = new Command("near-repeat", "The Knox test for near repeats: observed and expected pairs of incidents close in space and time, with Monte Carlo p-values.")
        {
            input, category, from, to, space, time, distance, permutations, seed, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryBands(parse.GetValue(space)!, "--space-bands", out var spaceBands) || !TryBands(parse.GetValue(time)!, "--time-bands", out var timeBands))
            {
                return ExitCodes.Error;
            }
            (IReadOnlyList<NearRepeatEvent> events, IReadOnlyList<Core.Imports.ImportIssue> issues) read;
            string path;
            if (parse.GetValue(input) is { } file)
            {
                path = file;
                if (NearRepeatAnalysis.ReadFile(path) is not { } fromFile)
                {
                    Console.Error.WriteLine($"error: {path}: no such file.");
                    return ExitCodes.InputRejected;
                }
                read = fromFile;
            }
            else if (parse.GetValue(category) is { } wanted)
            {
                DateOnly? Day(string? text, string option) => text is null ? null : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : throw new ArgumentException($"{option} '{text}' is not yyyy-MM-dd.");
                await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
                read = (await useCases.GetRequiredService<NearRepeatAnalysis>().ImportedAsync(wanted, Day(parse.GetValue(from), "--from"), Day(parse.GetValue(to), "--to"), ct).ConfigureAwait(false), []);
                path = $"imported incidents: {wanted}";
                if (read.events.Count == 0)
                {
                    Console.Error.WriteLine($"error: no imported incidents of category '{wanted}' in that range (./csp import incidents PATH).");
                    return ExitCodes.InputRejected;
                }
            }
            else
            {
                Console.Error.WriteLine("error: give --input FILE or --category NAME.");
                return ExitCodes.Error;
            }
            foreach (var issue in read.issues.Take(20)) Console.Error.WriteLine("quarantined: " + issue);
            if (read.issues.Count > 20) Console.Error.WriteLine($"... and {read.issues.Count - 20} more lines quarantined.");
            var options = new KnoxTestOptions(spaceBands!, timeBands!)
            {
                Metric = parse.GetValue(distance) == "euclidean" ? DistanceMetric.Euclidean : DistanceMetric.Manhattan,
                Permutations = parse.GetValue(permutations),
                Seed = parse.GetValue(seed),
            };
            var result = NearRepeatAnalysis.Run(read.events, options, ct);
            switch (parse.GetValue(format))
            {
                case "json":
                    Console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        input = path, events = result.EventCount, quarantined = read.issues.Count, distance = options.Metric.ToString().ToLowerInvariant(),
                        permutations = options.Permutations, seed = options.Seed, spaceBands = Json(spaceBands!), timeBands = Json(timeBands!), cells = result.Cells,
                    }, CliEnvironment.Json));
                    break;
                case "csv":
                    var sb = new StringBuilder("space_from,space_to,time_from,time_to,observed,expected_mean,knox_ratio,p_value\n");
                    foreach (var c in result.Cells)
                    {
                        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{c.SpaceFrom},{(c.SpaceTo is { } st ? st.ToString(CultureInfo.InvariantCulture) : "Inf")},{c.TimeFrom},{(c.TimeTo is { } tt ? tt.ToString(CultureInfo.InvariantCulture) : "Inf")},{c.Observed},{c.ExpectedMean:R},{(c.KnoxRatio is { } k ? k.ToString("R", CultureInfo.InvariantCulture) : "")},{c.PValue:R}"));
                    }
                    Console.Out.Write(sb);
                    break;
                default:
                    Print(result, path);
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Breaks for JSON: an open-ended last break (Inf) is null, as a cell's open <c>spaceTo</c> / <c>timeTo</c> is.</summary>
    private static double?[] Json(DistanceBands bands) => bands.Breaks.Select(b => double.IsPositiveInfinity(b) ? (double?)null : b).ToArray();

    private static bool TryBands(string text, string option, out DistanceBands? bands)
    {
        bands = null;
        var breaks = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals("Inf", StringComparison.OrdinalIgnoreCase)) breaks.Add(double.PositiveInfinity);
            else if (double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)) breaks.Add(b);
            else
            {
                Console.Error.WriteLine($"error: {option}: '{part}' is not a number or Inf.");
                return false;
            }
        }
        try
        {
            bands = DistanceBands.FromBreaks(breaks);
            return true;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {option}: {e.Message}");
            return false;
        }
    }

    private static void Print(KnoxTestResult result, string path)
    {
        var o = result.Options;
        var c = Output.Console;
        c.MarkupLine(Markup.Escape($"Knox test: {result.EventCount:N0} incidents from {path}, {o.Metric.ToString().ToLowerInvariant()} distance, {o.Permutations} permutations (seed {o.Seed})."));
        foreach (var (title, pick) in new (string, Func<KnoxCell, string>)[]
        {
            ("Observed pairs", k => k.Observed.ToString("N0", Output.Culture)),
            ("Knox ratio (observed / mean expected; above 1 = more pairs than chance)", k => k.KnoxRatio?.ToString("0.00", Output.Culture) ?? "-"),
            ("p-value (Monte Carlo)", k => k.PValue.ToString("0.000", Output.Culture)),
        })
        {
            var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Simple);
            table.AddColumn("distance (m) \\ days apart");
            for (var t = 0; t < o.TemporalBands.Count; t++) table.AddColumn(new TableColumn(Markup.Escape(o.TemporalBands.Label(t))).RightAligned());
            for (var s = 0; s < o.SpatialBands.Count; s++)
            {
                table.AddRow([Markup.Escape(o.SpatialBands.Label(s)), .. Enumerable.Range(0, o.TemporalBands.Count).Select(t => pick(result[s, t]))]);
            }
            c.Write(table);
        }
        var near = result.Cells.Where(k => k.PValue < 0.05 && k.KnoxRatio > 1).ToList();
        c.MarkupLine(near.Count == 0
            ? "No space-time band has significantly more pairs than chance (p < 0.05): no near-repeat pattern at these bands."
            : Markup.Escape("Near repeats: " + string.Join("; ", near.Select(k => string.Create(Output.Culture,
                $"within {Band(k.SpaceFrom, k.SpaceTo, "m")} and {Band(k.TimeFrom, k.TimeTo, "days")} there are {k.KnoxRatio:0.0} times the pairs chance would give (p = {k.PValue:0.000})")))
                + ". Incidents that follow one another there are more likely than chance: target prevention there soon after an incident."));
    }

    private static string Band(double from, double? to, string unit) => to is { } t ? $"{from:0.###}-{t:0.###} {unit}" : $"{from:0.###}+ {unit}";
}
