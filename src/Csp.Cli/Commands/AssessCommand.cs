using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Csp.Core.Assessment;
using Csp.Core.Periods;
using Csp.Storage.Diagnostics;
using Csp.Workbench.Assessment;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp assess --area CODE-OR-NAME (--year-ending YYYY-MM | --period FROM..TO --baseline FROM..TO | ...) [--partial]</c>:
/// the Strategic Assessment tables, findings and priorities for one area.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(Option<string?> database)
    {
        var options = new AssessmentOptions();
        var format = FormatOption.Create("table", "json", "csv");
        var command = new Command("assess", "The Strategic Assessment for an area: period against baseline for every category, rates, ranks, county, significance, findings and priorities.") { format };
        options.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var useCases = await options.UseCasesAsync(parse, database, ct).ConfigureAwait(false);
            // The command line's user holds the database itself: every figure (the restricted readership).
            var query = new AssessmentQuery(parse.GetValue(options.Area), options.Choice(parse), parse.GetValue(options.PopulationYear), parse.GetValue(options.Partial),
                Readership.Restricted, PeriodChoice.OptionName);
            var answer = await useCases.GetRequiredService<Assessments>().AnswerAsync(query, ct).ConfigureAwait(false);
            StartupTrace.Mark("assessment answered");
            if (answer.Note is { } note) Console.Error.WriteLine("note: " + note);
            if (answer.Result is null)
            {
                Console.Error.WriteLine("error: " + (answer.Kind == AnswerKind.NotFound ? CliEnvironment.NoArea(answer.Detail) : answer.Detail));
                if (parse.GetValue(format) == "json" && answer.Kind is AnswerKind.MissingData or AnswerKind.NoData)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { error = answer.Detail, missingRanges = answer.MissingRanges }, CliEnvironment.Json));
                }
                return ExitCodes.Of(answer.Kind);
            }
            var outcome = answer;
            switch (parse.GetValue(format))
            {
                case "json":
                    Console.Out.WriteLine(JsonSerializer.Serialize(outcome.Result, CliEnvironment.Json));
                    break;
                case "csv":
                    Console.Out.Write(Csv(outcome.Result));
                    break;
                default:
                    Print(outcome.Result);
                    break;
            }
            StartupTrace.Mark("assessment printed");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(AssessmentResult r)
    {
        var c = Output.Console;
        var culture = Output.Culture;
        var title = $"{r.Area.Name} ({r.Area.Code}, {r.Area.Level}): {r.Period.Label} against {r.Baseline.Label}";
        c.MarkupLine($"[bold]{Markup.Escape(title)}[/]{(r.Partial ? " [yellow]PARTIAL[/]" : "")}");
        c.MarkupLine(Markup.Escape($"Population {r.Population?.ToString("N0", culture) ?? "unknown"} (ONS {r.PopulationYear?.ToString(CultureInfo.InvariantCulture) ?? "-"}); county: {r.County?.Name ?? "-"}"));
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("Category", r.Baseline.Label, r.Period.Label, "No. change", "% change", "Per 1,000", "Rank", "County % chg", "County /1,000", "Significant");
        for (var i = 1; i < 10; i++) table.Columns[i].RightAligned();
        foreach (var row in r.Rows)
        {
            table.AddRow(
                row.IsGroup ? $"[bold]{Markup.Escape(row.Category)}[/]" : Markup.Escape(row.Category),
                row.BaselineCount?.ToString("N0", culture) ?? "no data", row.Count.ToString("N0", culture),
                row.Change?.ToString("+#,0;-#,0;0", culture) ?? "n/a",
                row.PercentChange?.ToString("+0.0;-0.0;0.0", culture) + (row.PercentChange is null ? "n/a" : "%"),
                row.RatePer1000?.ToString("0.0", culture) ?? "n/a",
                row.Rank is { } rank ? (rank == 1 ? $"highest of {row.RankOf}" : rank == row.RankOf ? $"lowest of {row.RankOf}" : $"{Ordinal(rank)} highest of {row.RankOf}") : "-",
                row.CountyPercentChange?.ToString("+0.0;-0.0;0.0", culture) + (row.CountyPercentChange is null ? "n/a" : "%"),
                row.CountyRatePer1000?.ToString("0.0", culture) ?? "n/a",
                row.Significant switch { true => "yes", false => "no", null => "n/a" });
        }
        c.Write(table);
        c.MarkupLine("[bold]Findings[/]");
        foreach (var f in r.Findings) c.MarkupLine(" - " + Markup.Escape(f));
        c.MarkupLine("[bold]Priorities[/] (rank 1 = highest score, out of 100; recommended at 40 or more)");
        foreach (var p in r.Priorities.Take(8)) c.MarkupLine(Markup.Escape($" {p.Rank}. {p.Category} {p.Score.ToString("0.0", culture)}{(p.Recommended ? " (recommended)" : "")}: {p.Reason}"));
        c.MarkupLine("[bold]Notes[/]");
        foreach (var n in r.Notes) c.MarkupLine(" - " + Markup.Escape(n));
    }

    private static string Ordinal(int n) =>
        n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string Csv(AssessmentResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine("area_code,area_name,period_from,period_to,baseline_from,baseline_to,partial,category,is_group,count,baseline_count,change,percent_change,rate_per_1000,baseline_rate_per_1000,share_of_total,rank,rank_of,change_rank,county_count,county_baseline_count,county_percent_change,county_rate_per_1000,p_value,significant,harm,baseline_harm");
        static string N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        static string Q(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
        foreach (var row in r.Rows)
        {
            sb.AppendLine(string.Join(",",
                r.Area.Code, Q(r.Area.Name), r.Period.From, r.Period.To, r.Baseline.From, r.Baseline.To, r.Partial ? "true" : "false",
                Q(row.Category), row.IsGroup ? "true" : "false", row.Count.ToString(CultureInfo.InvariantCulture), row.BaselineCount?.ToString(CultureInfo.InvariantCulture) ?? "",
                row.Change?.ToString(CultureInfo.InvariantCulture) ?? "", N(row.PercentChange), N(row.RatePer1000), N(row.BaselineRatePer1000), N(row.ShareOfTotal),
                row.Rank?.ToString(CultureInfo.InvariantCulture) ?? "", row.RankOf.ToString(CultureInfo.InvariantCulture), row.ChangeRank?.ToString(CultureInfo.InvariantCulture) ?? "",
                row.CountyCount.ToString(CultureInfo.InvariantCulture), row.CountyBaselineCount?.ToString(CultureInfo.InvariantCulture) ?? "", N(row.CountyPercentChange), N(row.CountyRatePer1000),
                N(row.PValue), row.Significant switch { true => "true", false => "false", null => "" }, N(row.Harm), N(row.BaselineHarm)));
        }
        return sb.ToString();
    }
}
