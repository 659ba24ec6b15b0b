using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Csp.Core.Performance;
using Csp.Core.Reports;
using Csp.Workbench.Assessment;
using Csp.Workbench.Performance;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp performance --area A (--quarter YYYY-Qn | --period A..B --baseline C..D) --format table|json|csv</c>: every
/// measure partners return for the area, with its figure, the same period last year, the change, the target and its RAG
/// status, and the last day the data covers. JSON and CSV fields: measure, value, baselineValue, change, percentChange,
/// unit, target, status, dataTo, notAvailable, withheld, demonstration; then the area's Most Similar Group positions
/// (JSON <c>mostSimilarGroup</c>; in CSV a second table after a blank line, <see cref="GroupFields"/>). <c>--classification public</c> gives the table as a reader who may
/// not see small numbers reads it (a share of fewer victims than <c>--suppress-below</c> withheld); the default is
/// restricted, every figure, for the analyst at the machine who holds the database.
/// </summary>
internal static class PerformanceCommand
{
    public static readonly string[] Fields = ["measure", "value", "baselineValue", "change", "percentChange", "unit", "target", "status", "dataTo", "notAvailable", "withheld", "demonstration"];

    /// <summary>The CSV's second table: one line per category of the area's Most Similar Group position (1 = lowest rate).</summary>
    public static readonly string[] GroupFields = ["category", "ratePer1000", "position", "groupSize", "previousPosition", "previousGroupSize", "movement", "withheld"];

    public static Command Create(Option<string?> database)
    {
        var area = new Option<string>("--area") { Description = "ONS code or name: a district or a CSP (a CSP adds up its districts' counts where it has no figure of its own).", Required = true };
        var quarter = new Option<string?>("--quarter") { Description = "A calendar quarter, YYYY-Qn (2025-Q2 is April-June 2025), against the same quarter a year earlier." };
        var period = new Option<string?>("--period") { Description = "An explicit range YYYY-MM..YYYY-MM (with --baseline)." };
        var baseline = new Option<string?>("--baseline") { Description = "The range to compare --period with, YYYY-MM..YYYY-MM." };
        var format = FormatOption.Create("table", "json", "csv");
        var classification = new Option<string>("--classification")
        {
            Description = "restricted (every figure: the default) or public (as a reader who may not see small numbers: a share counted from victim records withheld when it is of fewer victims or repeat victims than --suppress-below).",
            DefaultValueFactory = _ => "restricted",
        };
        classification.AcceptOnlyFromAmong("public", "restricted");
        var suppressBelow = new Option<int>("--suppress-below") { Description = "With --classification public, withhold a share of 1 to this minus one victims or repeat victims (0: none).", DefaultValueFactory = _ => 5 };
        var command = new Command("performance", "The partnership's measures for an area: figure, same period last year, change, target and RAG status, with the data lag.")
        {
            area, quarter, period, baseline, format, classification, suppressBelow,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!PerformancePeriods.TryParse(parse.GetValue(quarter), parse.GetValue(period), parse.GetValue(baseline), out var periods, out var problem))
            {
                Console.Error.WriteLine("error: " + problem);
                return ExitCodes.Error;
            }
            if (parse.GetValue(suppressBelow) < 0)
            {
                Console.Error.WriteLine("error: --suppress-below cannot be negative.");
                return ExitCodes.Error;
            }
            var readership = parse.GetValue(classification) == "public" ? new Readership(Classification.Public(parse.GetValue(suppressBelow))) : Readership.Restricted;
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var outcome = await useCases.GetRequiredService<PerformanceTables>().ComputeAsync(parse.GetValue(area)!, periods!, readership, ct).ConfigureAwait(false);
            if (outcome.Result is not { } result)
            {
                Console.Error.WriteLine("error: " + (outcome.Kind == Workbench.Assessment.AnswerKind.NotFound ? CliEnvironment.NoArea(outcome.Problem) : outcome.Problem));
                return ExitCodes.Of(outcome.Kind);
            }
            switch (parse.GetValue(format))
            {
                case "json":
                    Console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        area = result.Area.Name, areaCode = result.Area.Code, period = result.Periods.Period.ToString(), baseline = result.Periods.Baseline.ToString(),
                        measures = result.Rows, ragRule = result.RagRule, notes = outcome.Notes, mostSimilarGroup = outcome.MostSimilarGroup,
                    }, CliEnvironment.Json));
                    break;
                case "csv":
                    Console.Out.Write(Csv(result, outcome.MostSimilarGroup));
                    break;
                default:
                    Print(result, outcome.Notes, outcome.MostSimilarGroup, readership.SmallNumbers);
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// One line per measure under the header <see cref="Fields"/>; numbers invariant, empty when there is none. When the
    /// area has a Most Similar Group, a blank line and its positions under the header <see cref="GroupFields"/>.
    /// </summary>
    public static string Csv(PerformanceResult result, MostSimilarGroupPositions? group = null)
    {
        var sb = new StringBuilder().AppendJoin(',', Fields).Append('\n');
        static string N(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
        static string I(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
        static string B(bool b) => b ? "true" : "false";
        static string Q(string? t) => t is null ? "" : t.IndexOfAny([',', '"', '\n', ';']) >= 0 ? "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : t;
        foreach (var r in result.Rows)
        {
            sb.AppendJoin(',', Q(r.Measure), N(r.Value), N(r.BaselineValue), N(r.Change), N(r.PercentChange), Q(r.Unit), Q(r.Target), r.Status,
                r.DataTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", B(r.NotAvailable), B(r.Withheld), Q(r.Demonstration)).Append('\n');
        }
        if (group is null) return sb.ToString();
        sb.Append('\n').AppendJoin(',', GroupFields).Append('\n');
        foreach (var p in group.Categories)
        {
            sb.AppendJoin(',', Q(p.Category), p.Rate?.ToString(CultureInfo.InvariantCulture) ?? "", I(p.Position), I(p.GroupSize), I(p.PreviousPosition), I(p.PreviousGroupSize),
                Q(p.Movement), B(p.Withheld)).Append('\n');
        }
        return sb.ToString();
    }

    private static void Print(PerformanceResult result, IReadOnlyList<string> notes, MostSimilarGroupPositions? group, SmallNumbers small)
    {
        var period = ReturnPeriod.Of(result.Periods.Period);
        var baseline = ReturnPeriod.Of(result.Periods.Baseline);
        Output.Console.MarkupLine($"[bold]{Markup.Escape(result.Area.Name)}[/] ({result.Area.Code}): {Markup.Escape(period.LongLabel())} against {Markup.Escape(baseline.LongLabel())}");
        var table = new Table().Border(TableBorder.Simple);
        foreach (var h in new[] { "Measure", baseline.Label(), period.Label(), "No. change", "% change", "Target", "Status", "Data to" }) table.AddColumn(Markup.Escape(h));
        foreach (var r in result.Rows)
        {
            var colour = r.Status switch { "green" => "green", "amber" => "yellow", "red" => "red", _ => "grey" };
            table.AddRow(Markup.Escape(PerformanceDemonstration.Measure(r)), Markup.Escape(PerformanceText.Baseline(r)), Markup.Escape(PerformanceText.Value(r)),
                Markup.Escape(PerformanceText.Change(r)), Markup.Escape(PerformanceText.PercentChange(r)), Markup.Escape(r.Target ?? "-"),
                $"[{colour}]{PerformanceReport.StatusText(r.Status)}[/]",
                r.DataTo is { } to ? (to < period.End && !r.NotAvailable ? $"[yellow]{to:dd/MM/yyyy}[/]" : to.ToString("dd/MM/yyyy", Output.Culture)) : "-");
        }
        Output.Console.Write(table);
        Output.Console.MarkupLine("[grey]" + Markup.Escape(result.RagRule) + "[/]");
        Output.Console.MarkupLine("[grey]u/a: not available (not returned, or returned as not available). A yellow 'Data to' is a source that lags: compared with the same months a year earlier.[/]");
        if (group is not null)
        {
            Output.Console.MarkupLine($"[bold]Most Similar Group[/] ({Markup.Escape(group.Group)}), {Markup.Escape(group.Period)} against {Markup.Escape(group.PreviousPeriod)}: {Markup.Escape(group.Direction)}");
            Output.Console.Write(ConsoleTable.Of(MostSimilarGroupTable.Of("most-similar-group", "", group, small)));
        }
        foreach (var note in notes) Output.Console.MarkupLine("[yellow]note:[/] " + Markup.Escape(note));
    }
}
