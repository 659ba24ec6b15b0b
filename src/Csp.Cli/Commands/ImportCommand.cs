using System.CommandLine;
using System.Text.Json;
using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Workbench.Performance;
using Microsoft.Extensions.DependencyInjection;
using Csp.Storage.Status;
using Csp.Storage;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp import police-uk|population|geography PATH...</c> and <c>csp import sample</c>. Each file is its own
/// transaction; the report says what was read, added, skipped as duplicate and quarantined, with file, line and field.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(Option<string?> database)
    {
        var import = new Command("import", "Import data files into the database (idempotent: importing the same file again changes nothing).");
        import.Subcommands.Add(Kind(DataImports.PoliceUk, "data.police.uk street-level crime and ASB CSVs: files, folders (searched recursively), .zip or .csv.gz.", database));
        import.Subcommands.Add(Kind(DataImports.Population, "ONS population estimates: MYE2 CSV or the published XLSX (by local authority, single year of age), LSOA estimates, Census 2021 counts.", database, withYear: true));
        import.Subcommands.Add(Kind(DataImports.Geography, "ONS lookups: LSOA 2011 or 2021 to ward to district, district to CSP to police force area, LSOA 2021 population-weighted centroids (LSOA21CD,x,y), and district boundaries (TopoJSON or GeoJSON, for maps).", database));

        import.Subcommands.Add(Incidents(database));
        import.Subcommands.Add(SurveyCommand.ImportSurvey(database));
        import.Subcommands.Add(SurveyCommand.ImportResponses(database));
        import.Subcommands.Add(Returns(database));

        var format = FormatOption.Create("table", "json");
        var sample = new Command("sample", "Import the bundled sample data (Kent Police 2022 and 2025, ONS lookups and population) and the demonstration ASB caseload, and show the status.") { format };
        sample.SetAction(async (parse, ct) =>
        {
            var db = await CliEnvironment.OpenAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var root = CliEnvironment.SampleData;
            var json = parse.GetValue(format) == "json";
            var reports = new List<FileImportReport>();
            foreach (var (kind, files) in SampleData.Parts(root))
            {
                reports.AddRange(await Collect(db, files, (d, f, p, c) => DataImports.RunAsync(d, TimeProvider.System, kind, f, null, p, c), json, ct).ConfigureAwait(false));
            }
            reports.Add(await DemoAsync(db, root, json, ct).ConfigureAwait(false));
            // The partner returns built from the seeds' published figures (and the EXAMPLE quarter): the performance table and report.
            var (returnFiles, mapped) = SampleData.Returns(root);
            reports.AddRange(await Collect(db, [.. returnFiles, .. mapped.Select(m => m.File)],
                (d, f, p, c) => SampleData.ImportReturnsAsync(d, TimeProvider.System, root, PerformanceConfiguration.Load(CliEnvironment.Home), c), json, ct).ConfigureAwait(false));
            var status = await StatusQuery.ReadAsync(db, ct).ConfigureAwait(false);
            // The demonstration ASB caseload (fictitious, generated with a fixed seed), once: no real case data can be shipped.
            var demoCases = await new Workbench.Cases.DemoCaseload(db, Workbench.Cases.AsbCaseConfiguration.Load(CliEnvironment.Home), TimeProvider.System).LoadAsync(ct).ConfigureAwait(false);
            // Seed 001's consultation, reconstructed (its tables are the seed's counts; the rows are not real responses).
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var (survey, responses) = await Workbench.Consultation.SampleConsultation.ImportAsync(
                useCases.GetRequiredService<Workbench.Consultation.Surveys>(), db, root, ct).ConfigureAwait(false);
            reports.Add(responses);
            // The sample partnership's structure, strategy and action plan (seed 004, transcribed with its lines).
            var strategy = await new Workbench.Strategy.Strategies(db, TimeProvider.System, new Reporting.Rendering.ReportRenderers()).LoadSampleAsync(root, ct).ConfigureAwait(false);
            if (json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { files = reports, status, demoCases, survey, strategy }, CliEnvironment.Json));
            }
            else
            {
                Output.Console.WriteLine();
                StatusCommand.Print(status);
                Output.Console.MarkupLine(demoCases > 0
                    ? $"Loaded the demonstration ASB caseload: {demoCases} fictitious cases (demonstration data, not real people)."
                    : "The demonstration ASB caseload is already loaded.");
                SurveyCommand.Print(survey);
                Print(responses);
                Output.Console.MarkupLine("  [yellow]Sample consultation: seed 001's survey with reconstructed responses (its tables are the seed's counts; not real responses): ./csp survey results --survey dg-csp-2013[/]");
                if (strategy is not null) StrategyCommand.Print(strategy, json: false);
                Output.Console.MarkupLine("Next, the Strategic Assessment of a district on this data, for example:");
                Output.Console.MarkupLine("  [bold]./csp assess --area Gravesham --period 2025-01..2025-09 --baseline 2022-01..2022-09[/]");
            }
            return reports.Any(r => r.Outcome == FileOutcome.Rejected) || strategy is { Outcome: Workbench.Strategy.StrategyImport.Rejected } ? ExitCodes.InputRejected : ExitCodes.Success;
        });
        import.Subcommands.Add(sample);

        var demoFormat = FormatOption.Create("table", "json");
        var demo = new Command("demo-incidents", "Load the GENERATED demonstration incidents (data/sample/incidents; not real data) moved to today by whole weeks, replacing their last load: run it each day to keep the demo briefing current.") { demoFormat };
        demo.SetAction(async (parse, ct) =>
        {
            var db = await CliEnvironment.OpenAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var json = parse.GetValue(demoFormat) == "json";
            var report = await DemoAsync(db, CliEnvironment.SampleData, json, ct).ConfigureAwait(false);
            if (json) Console.Out.WriteLine(JsonSerializer.Serialize(new { files = new[] { report }, missing = Array.Empty<string>() }, CliEnvironment.Json));
            return report.Outcome == FileOutcome.Rejected ? ExitCodes.InputRejected : ExitCodes.Success;
        });
        import.Subcommands.Add(demo);
        return import;
    }

    private static Command Kind(string name, string description, Option<string?> database, bool withYear = false)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files, folders or archives to import." };
        var format = FormatOption.Create("table", "json");
        var year = new Option<int?>("--year") { Description = "The year of the estimates, when neither the file nor its name says (e.g. 'mid2022')." };
        var keepPartial = KeepPartialOption();
        var command = new Command(name, description) { paths, format, keepPartial };
        if (withYear) command.Options.Add(year);
        command.SetAction(async (parse, ct) =>
        {
            var db = await CliEnvironment.OpenAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var given = parse.GetValue(year);
            var json = parse.GetValue(format) == "json";
            var extensions = DataImports.Extensions(name);
            var files = InputFiles.Expand(parse.GetValue(paths)!, extensions, out var missing);
            foreach (var m in missing) Output.Console.MarkupLine($"[red]error:[/] {Markup.Escape(m)}: no such file or folder.");
            if (files.Count == 0 && missing.Count == 0) Output.Console.MarkupLine($"[yellow]warning:[/] no {string.Join(" or ", extensions)} files found.");
            var reports = await Collect(db, files, (d, f, p, c) => DataImports.RunAsync(d, TimeProvider.System, name, f, given, parse.GetValue(keepPartial), p, c), json, ct).ConfigureAwait(false);
            if (json) Console.Out.WriteLine(JsonSerializer.Serialize(new { files = reports, missing }, CliEnvironment.Json));
            return missing.Count > 0 || reports.Any(r => r.Outcome == FileOutcome.Rejected) ? ExitCodes.InputRejected : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>--keep-partial: a file whose data breaks off is kept (rows read so far) and marked incomplete, instead of rejected whole.</summary>
    private static Option<bool> KeepPartialOption() => new("--keep-partial")
    {
        Description = "Keep the rows read from a file whose data breaks off (truncated download or compressed file) instead of rejecting it; " +
            "what it holds is then marked incomplete (csp status) and the assessment treats its months as missing.",
    };

    /// <summary>Runs an importer over files, with a progress bar for a person at a terminal and a line per file otherwise.</summary>
    private static async Task<List<FileImportReport>> Collect(CspDatabase db, IReadOnlyList<InputFile> files,
        Func<CspDatabase, IReadOnlyList<InputFile>, IProgress<ImportProgress>, CancellationToken, IAsyncEnumerable<FileImportReport>> importer, bool json, CancellationToken ct)
    {
        var reports = new List<FileImportReport>();
        if (files.Count == 0) return reports;
        var total = files.Sum(f => Math.Max(f.CompressedLength, 1));
        if (Output.Interactive && !json)
        {
            await Output.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Importing", maxValue: total);
                    long done = 0;
                    var progress = new Progress<ImportProgress>(p =>
                    {
                        task.Description = Markup.Escape(Path.GetFileName(p.File));
                        task.Value = done + p.Position;
                    });
                    await foreach (var report in importer(db, files, progress, ct).ConfigureAwait(false))
                    {
                        done += Math.Max(files.First(f => f.Name == report.File).CompressedLength, 1);
                        task.Value = done;
                        reports.Add(report);
                        context.Refresh();
                    }
                }).ConfigureAwait(false);
            foreach (var report in reports) Print(report);
        }
        else
        {
            var quiet = new Progress<ImportProgress>(_ => { });
            await foreach (var report in importer(db, files, quiet, ct).ConfigureAwait(false))
            {
                reports.Add(report);
                if (!json) Print(report);
            }
        }
        if (!json && reports.Count > 1) PrintTotals(reports);
        return reports;
    }

    private static Command Incidents(Option<string?> database)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files, folders or archives to import." };
        var format = FormatOption.Create("table", "json");
        var crs = new Option<int>("--crs") { Description = "EPSG code of x,y columns: 27700 (British National Grid, default) or another projected CRS in metres. longitude,latitude columns are always WGS84.", DefaultValueFactory = _ => 27700 };
        var keepPartial = KeepPartialOption();
        var command = new Command("incidents", "Dated incident records from partner systems (id, date, time, category, x,y or longitude,latitude, location, pseudonymised keys, flags).") { paths, format, crs, keepPartial };
        command.SetAction(async (parse, ct) =>
        {
            var db = await CliEnvironment.OpenAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var json = parse.GetValue(format) == "json";
            var files = InputFiles.Expand(parse.GetValue(paths)!, [".csv"], out var missing);
            foreach (var m in missing) Output.Console.MarkupLine($"[red]error:[/] {Markup.Escape(m)}: no such file or folder.");
            var epsg = parse.GetValue(crs);
            var reports = await Collect(db, files, (d, f, p, c) => DataImports.RunIncidentsAsync(d, TimeProvider.System, f, epsg, parse.GetValue(keepPartial), c), json, ct).ConfigureAwait(false);
            if (json) Console.Out.WriteLine(JsonSerializer.Serialize(new { files = reports, missing }, CliEnvironment.Json));
            return missing.Count > 0 || reports.Any(r => r.Outcome == FileOutcome.Rejected) ? ExitCodes.InputRejected : ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>csp import returns PATH... [--mapping F]</c>: partner returns, CSV or XLSX, in the long form or through a mapping file.</summary>
    private static Command Returns(Option<string?> database)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Return files (.csv, .xlsx) or folders of them." };
        var format = FormatOption.Create("table", "json");
        var mapping = new Option<string?>("--mapping") { Description = "A mapping file (field,column,constant,breakdown,period_start,period_end) for a partner's own layout; applies to every file given." };
        var keepPartial = KeepPartialOption();
        var command = new Command("returns", "Partner returns (youth justice, KCVS, probation, fire, health, council): measure, area, period_start, period_end, value; optional breakdown, unit, source, note (data/sample/returns/README.md).")
        {
            paths, format, mapping, keepPartial,
        };
        command.SetAction(async (parse, ct) =>
        {
            var db = await CliEnvironment.OpenAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var json = parse.GetValue(format) == "json";
            // A mapping file is not a return: leave it out when a folder is given.
            var mappingPath = parse.GetValue(mapping);
            var files = InputFiles.Expand(parse.GetValue(paths)!, [".csv", ".xlsx"], out var missing)
                .Where(f => !f.Name.EndsWith(SampleData.MappingSuffix, StringComparison.OrdinalIgnoreCase)).ToList();
            InputFile? mappingFile = null;
            if (mappingPath is not null)
            {
                var found = InputFiles.Expand([mappingPath], [".csv"], out var noMapping);
                if (noMapping.Count > 0 || found.Count != 1)
                {
                    Output.Console.MarkupLine($"[red]error:[/] {Markup.Escape(mappingPath)}: no such mapping file.");
                    return ExitCodes.InputRejected;
                }
                mappingFile = found[0];
            }
            foreach (var m in missing) Output.Console.MarkupLine($"[red]error:[/] {Markup.Escape(m)}: no such file or folder.");
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var returns = useCases.GetRequiredService<PartnerReturns>();
            foreach (var issue in returns.ConfigurationIssues) Output.Console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(issue.ToString())}");
            // Without --mapping, a file with a mapping beside it (NAME.mapping.csv) is read through that mapping.
            var reports = new List<FileImportReport>();
            foreach (var group in files.GroupBy(f => mappingFile ?? SampleData.MappingBeside(f)))
            {
                reports.AddRange(await Collect(db, group.ToList(), (d, f, p, c) => returns.ImportAsync(f, group.Key, parse.GetValue(keepPartial), c), json, ct).ConfigureAwait(false));
            }
            if (json) Console.Out.WriteLine(JsonSerializer.Serialize(new { files = reports, missing }, CliEnvironment.Json));
            return missing.Count > 0 || reports.Any(r => r.Outcome == FileOutcome.Rejected) ? ExitCodes.InputRejected : ExitCodes.Success;
        });
        return command;
    }

    private static async Task<FileImportReport> DemoAsync(CspDatabase db, string sampleRoot, bool json, CancellationToken ct)
    {
        var report = await DemoIncidents.ImportAsync(db, TimeProvider.System, sampleRoot, ct).ConfigureAwait(false);
        if (!json)
        {
            Print(report);
            Output.Console.MarkupLine("  [yellow]Demonstration data: these incidents are generated, not real records; every briefing that shows them says so.[/]");
        }
        return report;
    }

    public static void Print(FileImportReport r)
    {
        var c = Output.Console;
        var culture = Output.Culture;
        var colour = r.Outcome switch { FileOutcome.Rejected => "red", FileOutcome.Unchanged => "grey", FileOutcome.Replaced => "yellow", _ => "green" };
        var replaced = r.RowsReplaced > 0 ? $", replaced {r.RowsReplaced.ToString("N0", culture)} earlier rows" : "";
        var noLocation = r.Kind == DataImports.PoliceUk ? $", {r.RowsWithoutLocation.ToString("N0", culture)} without location" : "";
        c.MarkupLine($"[{colour}]{r.Outcome,-9}[/] {Markup.Escape(Output.Relative(r.File))}: read {r.RowsRead.ToString("N0", culture)}, added {r.RowsAdded.ToString("N0", culture)}, " +
            $"duplicate {r.RowsDuplicate.ToString("N0", culture)}, quarantined {r.RowsQuarantined.ToString("N0", culture)}{noLocation}{replaced}" +
            (r.Units.Count > 0 ? $" [grey]({Markup.Escape(string.Join("; ", r.Units))})[/]" : ""));
        if (r.KeptPartial) c.MarkupLine("  [yellow]kept partial (--keep-partial): the file breaks off, so what it holds is marked incomplete.[/]");
        else if (r.Truncated && r.Outcome == FileOutcome.Rejected) c.MarkupLine("  [red]truncated: rejected whole (add --keep-partial to keep the rows read).[/]");
        foreach (var issue in r.Issues.Take(20)) c.MarkupLine($"  [red]{Markup.Escape(issue.ToString())}[/]");
        if (r.Issues.Count > 20) c.MarkupLine($"  ... and {r.Issues.Count - 20} more (all are kept in the quarantine table).");
        foreach (var warning in r.Warnings.Take(20)) c.MarkupLine($"  [yellow]warning: {Markup.Escape(warning.ToString())}[/]");
        foreach (var earlier in r.Replaced.Take(20)) c.MarkupLine($"  [yellow]replaced: {Markup.Escape(earlier)}[/]");
        if (r.Replaced.Count > 20) c.MarkupLine($"  ... and {r.Replaced.Count - 20} more replaced.");
    }

    private static void PrintTotals(List<FileImportReport> reports)
    {
        var culture = Output.Culture;
        Output.Console.MarkupLine($"[bold]{reports.Count} files[/]: read {reports.Sum(r => r.RowsRead).ToString("N0", culture)}, " +
            $"added {reports.Sum(r => r.RowsAdded).ToString("N0", culture)}, duplicate {reports.Sum(r => r.RowsDuplicate).ToString("N0", culture)}, " +
            $"quarantined {reports.Sum(r => r.RowsQuarantined).ToString("N0", culture)}; " +
            string.Join(", ", reports.GroupBy(r => r.Outcome).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")));
    }
}
