using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Csp.Storage.Status;
using Csp.Workbench.Status;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary><c>csp status [--format table|json]</c>: what the database holds.</summary>
internal static class StatusCommand
{
    public static Command Create(Option<string?> database)
    {
        var format = FormatOption.Create("table", "json");
        var command = new Command("status", "Show what the database holds: months per force with row counts, missing months, areas, population years.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var status = await new StatusReport(await CliEnvironment.OpenAsync(parse.GetValue(database), cancellationToken).ConfigureAwait(false))
                .ReadAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(format) == "json") Console.Out.WriteLine(JsonSerializer.Serialize(status, CliEnvironment.Json));
            else Print(status);
            return ExitCodes.Success;
        });
        return command;
    }

    public static void Print(DatabaseStatus status)
    {
        var console = Output.Console;
        console.MarkupLine($"[bold]Database[/] {Markup.Escape(status.Database)} (schema {Markup.Escape(status.SchemaMigrations.LastOrDefault() ?? "none")})");
        console.MarkupLine($"[bold]Street-level records[/] {status.StreetRecords.ToString("N0", Output.Culture)} in {status.Months.Count} force-months; {status.ImportedFiles} files imported, {status.QuarantinedRows} rows in quarantine");
        if (status.Forces.Count > 0)
        {
            var forces = new Table().AddColumns("Force", "From", "To", "Months", "Rows", "Missing inside the range");
            forces.Columns[3].RightAligned();
            forces.Columns[4].RightAligned();
            foreach (var f in status.Forces)
            {
                var missing = Core.Periods.MonthCoverage.Describe(f.MissingMonths.Select(Core.Periods.YearMonth.Parse).ToList());
                forces.AddRow(Markup.Escape(f.Force), f.FirstMonth, f.LastMonth, f.MonthCount.ToString(Output.Culture), f.Rows.ToString("N0", Output.Culture),
                    missing.Length == 0 ? "none" : $"[yellow]{missing}[/]");
            }
            console.Write(forces);
            var months = new Table().AddColumns("Force", "Month", "Rows");
            months.Columns[2].RightAligned();
            foreach (var m in status.Months) months.AddRow(Markup.Escape(m.Force), m.Month, m.Rows.ToString("N0", Output.Culture));
            console.Write(months);
        }
        else
        {
            console.MarkupLine("No police.uk data yet: [bold]./csp import police-uk PATH[/] or [bold]./csp import sample[/].");
        }
        var levels = string.Join(", ", status.Areas.OrderBy(a => Enum.TryParse<Core.Areas.AreaLevel>(a.Key, out var l) ? (int)l : 99)
            .Select(a => $"{a.Value.ToString("N0", Output.Culture)} {a.Key}"));
        console.MarkupLine($"[bold]Areas[/] {(levels.Length == 0 ? "none: ./csp import geography PATH" : Markup.Escape(levels))}");
        var population = string.Join(", ", status.PopulationYears.Select(p =>
            (p.Source.EndsWith(p.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? p.Source : $"{p.Source} {p.Year.ToString(CultureInfo.InvariantCulture)}")
            + $" ({p.Areas.ToString("N0", Output.Culture)} areas)"));
        console.MarkupLine($"[bold]Population[/] {(population.Length == 0 ? "none: ./csp import population PATH" : Markup.Escape(population))}");
    }
}
