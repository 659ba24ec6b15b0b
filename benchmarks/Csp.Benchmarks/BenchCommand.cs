using System.CommandLine;
using System.Globalization;
using Csp.Benchmarks.Assessment;
using Csp.Benchmarks.Imports;
using Csp.Benchmarks.Reports;
using Csp.Benchmarks.Web;
using Csp.Core.Areas;
using Csp.Core.Periods;
using Csp.Workbench.Areas;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;

namespace Csp.Benchmarks;

/// <summary><c>csp bench import</c>: performance against the databases' own bulk loaders, measured in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create(Option<string?> database)
    {
        var input = new Option<string?>("--input") { Description = "police.uk files to load. Default: ../shared/data/police-uk/all-forces beside the repository (about 1.4 million rows)." };
        var postgres = new Option<string?>("--postgres") { Description = "An empty PostgreSQL database to use; default: start a temporary server on 127.0.0.1." };
        var noPostgres = new Option<bool>("--no-postgres") { Description = "Measure SQLite only." };
        var noSqlite = new Option<bool>("--no-sqlite") { Description = "Measure PostgreSQL only." };
        var import = new Command("import", "Import all-forces police.uk data into SQLite and PostgreSQL and compare with sqlite3 .import and COPY.") { input, postgres, noPostgres, noSqlite };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(input) ?? Path.GetFullPath(Path.Combine(BenchEnvironment.Home, "..", "shared", "data", "police-uk", "all-forces"));
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                Console.Error.WriteLine($"The benchmark data is not here: {path}. It is the all-forces police.uk sample kept outside the repository (../shared/data); give another with --input.");
                return 2;
            }
            var results = await new ImportBenchmark(Console.Out).RunAsync(path, parse.GetValue(postgres), parse.GetValue(noPostgres), parse.GetValue(noSqlite), ct).ConfigureAwait(false);
            Console.Out.WriteLine();
            Console.Out.WriteLine("Ours against the bare bulk loader of the same database (goal: at least 0.5):");
            for (var i = 0; i + 1 < results.Count; i += 2)
            {
                var (peer, ours) = (results[i], results[i + 1]);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ours.Loader}: {ours.RowsPerSecond:N0} rows/s vs {peer.RowsPerSecond:N0} rows/s = {ours.RowsPerSecond / peer.RowsPerSecond:F2}x"));
            }
            return 0;
        });
        var assessInput = new Option<string?>("--input") { Description = "police.uk files. Default: ../shared/data/police-uk/all-forces beside the repository." };
        var rows = new Option<int>("--rows") { Description = "Tile the rows up to this many for the scaling figures.", DefaultValueFactory = _ => 10_000_000 };
        var assessNoPostgres = new Option<bool>("--no-postgres") { Description = "Compare with SQLite and DuckDB only." };
        var runs = new Option<int>("--runs") { Description = "Timed runs of every side after one warm-up (median and range reported).", DefaultValueFactory = _ => 7 };
        var assess = new Command("assess", "The assessment of every district, and the aggregation under it from 1 to 10 million rows, against the same aggregation as SQL in SQLite, DuckDB and PostgreSQL.") { assessInput, rows, assessNoPostgres, runs };
        assess.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(assessInput) ?? Path.GetFullPath(Path.Combine(BenchEnvironment.Home, "..", "shared", "data", "police-uk", "all-forces"));
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                Console.Error.WriteLine($"The benchmark data is not here: {path}. It is the all-forces police.uk sample kept outside the repository (../shared/data); give another with --input.");
                return 2;
            }
            await new AssessBenchmark(Console.Out).RunAsync(path, BenchEnvironment.Home, parse.GetValue(assessNoPostgres), parse.GetValue(rows), Math.Max(1, parse.GetValue(runs)), ct).ConfigureAwait(false);
            return 0;
        });
        var reportAreas = new Option<string[]>("--area") { Description = "Areas to report on (repeat); default Gravesham and the Dartford and Gravesham CSP.", AllowMultipleArgumentsPerToken = true };
        var reportPeriod = new Option<string>("--period") { Description = "The period, YYYY-MM..YYYY-MM.", DefaultValueFactory = _ => "2025-01..2025-09" };
        var reportBaseline = new Option<string>("--baseline") { Description = "The baseline, YYYY-MM..YYYY-MM.", DefaultValueFactory = _ => "2022-01..2022-09" };
        var report = new Command("report", "The full Strategic Assessment document built and rendered to HTML, PDF, Word and Excel (goal: under 2 s each), beside LibreOffice printing the same Word file.")
        {
            reportAreas, reportPeriod, reportBaseline,
        };
        report.SetAction(async (parse, ct) =>
        {
            if (!MonthRange.TryParse(parse.GetValue(reportPeriod)!, out var period) || !MonthRange.TryParse(parse.GetValue(reportBaseline)!, out var baseline))
            {
                Console.Error.WriteLine("error: --period and --baseline are YYYY-MM..YYYY-MM.");
                return 1;
            }
            var db = await BenchEnvironment.OpenAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var finder = new AreaFinder(db);
            var areas = new List<Area>();
            foreach (var name in parse.GetValue(reportAreas) is { Length: > 0 } given ? given : ["Gravesham", "E22000352"])
            {
                var match = await finder.FindAsync(name, null, ct).ConfigureAwait(false);
                if (match.Area is not { } area)
                {
                    Console.Error.WriteLine("error: " + match.Problem);
                    return 2;
                }
                areas.Add(area);
            }
            var (scheme, judgements, _) = AssessmentService.LoadConfiguration(Path.Combine(BenchEnvironment.Home, "data", "config", "offence-categories.csv"),
                Path.Combine(BenchEnvironment.Home, "data", "config", "harm-weights.csv"), Path.Combine(BenchEnvironment.Home, "data", "config", "priority-judgements.csv"));
            await new ReportBenchmark(Console.Out).RunAsync(db, areas, PeriodComparison.Explicit(period, baseline), scheme, judgements, ct).ConfigureAwait(false);
            return 0;
        });
        var clients = new Option<int>("--clients") { Description = "Concurrent clients.", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "How long to measure, after 2 s of warm-up.", DefaultValueFactory = _ => 20 };
        var query = new Option<string>("--query") { Description = "The query of GET /api/assessment.", DefaultValueFactory = _ => "area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09" };
        var web = new Command("web", "Load test of the web API: the app on 127.0.0.1 over a copy of the database, N clients asking one district's assessment for a fixed time; p50/p95/p99 and errors (goal: p95 under 200 ms, no errors).") { clients, seconds, query };
        web.SetAction(async (parse, ct) =>
        {
            var db = await BenchEnvironment.OpenAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var result = await new WebLoadBenchmark(Console.Out).RunAsync(db, BenchEnvironment.Home, parse.GetValue(query)!, Math.Max(1, parse.GetValue(clients)),
                TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(seconds), 1, 600)), ct).ConfigureAwait(false);
            Console.Out.WriteLine(WebLoadBenchmark.Describe(result));
            var met = result.P95 < 200 && result.Errors == 0;
            Console.Out.WriteLine(met ? "Goal met: p95 under 200 ms and no errors." : "Goal NOT met: p95 under 200 ms and no errors.");
            return 0;
        });
        var soakClients = new Option<int>("--clients") { Description = "Concurrent clients.", DefaultValueFactory = _ => 50 };
        var soakMinutes = new Option<double>("--minutes") { Description = "How long to soak, after 15 s of warm-up.", DefaultValueFactory = _ => 10 };
        var soak = new Command("soak", "The web app (csp serve) on a temporary PostgreSQL server with the sample, N clients mixing the dashboard, the API and report downloads while a month is replaced again and again: errors, p95, memory at start and end, and no half-replaced month.") { soakClients, soakMinutes };
        soak.SetAction(async (parse, ct) =>
        {
            var cli = Path.Combine(BenchEnvironment.Home, "artifacts", "cli", "csp.dll");
            if (!File.Exists(cli))
            {
                Console.Error.WriteLine($"error: {cli} is not built: run ./csp bench soak (it builds the CLI first).");
                return 2;
            }
            var passed = await new SoakBenchmark(Console.Out).RunAsync(BenchEnvironment.Home, cli, Math.Max(1, parse.GetValue(soakClients)),
                TimeSpan.FromMinutes(Math.Clamp(parse.GetValue(soakMinutes), 0.1, 120)), ct).ConfigureAwait(false);
            return passed ? 0 : 1;
        });
        var coldRuns = new Option<int>("--runs") { Description = "Runs of each command after one warm-up (median and range reported).", DefaultValueFactory = _ => 5 };
        var against = new Option<string?>("--against") { Description = "Another build's csp.dll (e.g. main's artifacts/cli/csp.dll) to run the same commands in turn with ours." };
        var coldArea = new Option<string>("--area") { Description = "The area of every command.", DefaultValueFactory = _ => "Gravesham" };
        var coldPeriod = new Option<string>("--period") { Description = "The period, YYYY-MM..YYYY-MM.", DefaultValueFactory = _ => "2025-01..2025-09" };
        var coldBaseline = new Option<string>("--baseline") { Description = "The baseline, YYYY-MM..YYYY-MM.", DefaultValueFactory = _ => "2022-01..2022-09" };
        var only = new Option<string[]>("--only") { Description = "Only these commands (assess, hotspots, html, docx, xlsx, pdf, serve; repeat).", AllowMultipleArgumentsPerToken = true };
        var cold = new Command("cold", "Each command (assess, hotspots, report html/docx/xlsx/pdf, serve until ready) as a fresh process after a warm-up: wall clock, CPU and peak RSS, beside the same command warm in-process.")
        {
            coldRuns, against, coldArea, coldPeriod, coldBaseline, only,
        };
        cold.SetAction(async (parse, ct) =>
        {
            var db = await BenchEnvironment.OpenAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            // The CLI as ./csp runs it (./csp bench cold builds it first).
            var ours = Path.Combine(BenchEnvironment.Home, "artifacts", "cli", "csp.dll");
            if (!File.Exists(ours))
            {
                Console.Error.WriteLine($"error: {ours} is not built: run ./csp bench cold (it builds the CLI first).");
                return 2;
            }
            var peer = parse.GetValue(against) is { } given ? Path.GetFullPath(given) : null;
            if (peer is not null && !File.Exists(peer))
            {
                Console.Error.WriteLine($"error: --against {peer} does not exist (build it: dotnet build src/Csp.Cli -c Release -o DIR in that tree).");
                return 2;
            }
            var outFolder = Directory.CreateTempSubdirectory("csp-bench-cold-out-").FullName;
            try
            {
                var commands = Cold.ColdStartBenchmark.Commands(parse.GetValue(coldArea)!, parse.GetValue(coldPeriod)!, parse.GetValue(coldBaseline)!, outFolder);
                if (parse.GetValue(only) is { Length: > 0 } names)
                {
                    commands = commands.Where(c => names.Any(n => c.Name.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList();
                }
                await new Cold.ColdStartBenchmark(Console.Out).RunAsync(db, BenchEnvironment.Home, ours, peer, commands, Math.Max(1, parse.GetValue(coldRuns)), ct).ConfigureAwait(false);
            }
            finally
            {
                Directory.Delete(outFolder, recursive: true);
            }
            return 0;
        });
        var formClients = new Option<int>("--clients") { Description = "Concurrent clients (residents submitting at once).", DefaultValueFactory = _ => 50 };
        var formSubmissions = new Option<int>("--submissions") { Description = "Submissions in each run (the warm-up run too); each is a GET of the form and a POST of a complete response.", DefaultValueFactory = _ => 2_000 };
        var formRuns = new Option<int>("--runs") { Description = "Timed runs after the warm-up (median and range reported).", DefaultValueFactory = _ => 5 };
        var formPostgres = new Option<bool>("--postgres") { Description = "On a temporary PostgreSQL server (127.0.0.1) instead of a temporary SQLite file." };
        var formFormat = new Option<string>("--format") { Description = "text or json (json: the figures on standard output, progress on standard error).", DefaultValueFactory = _ => "text" };
        formFormat.AcceptOnlyFromAmong("text", "json");
        var surveyForm = new Command("survey-form", "The public survey form under N concurrent residents (GET the form, POST a complete response) on a new temporary database, with the rate limit and honeypot as in production: p50/p95/p99, throughput, errors, and the accepted submissions against the responses counted in the database (goal: p95 under 100 ms, every submission stored; exit 1 when the counts differ).")
        {
            formClients, formSubmissions, formRuns, formPostgres, formFormat,
        };
        surveyForm.SetAction(async (parse, ct) =>
        {
            var json = parse.GetValue(formFormat) == "json";
            var outcome = await new Consultation.SurveyFormBenchmark(json ? Console.Error : Console.Out).RunAsync(BenchEnvironment.Home, Math.Max(1, parse.GetValue(formClients)),
                Math.Max(1, parse.GetValue(formSubmissions)), Math.Max(1, parse.GetValue(formRuns)), parse.GetValue(formPostgres), ct).ConfigureAwait(false);
            if (json) Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(outcome, BenchJson.Options));
            else Console.Out.WriteLine(Consultation.SurveyFormBenchmark.Summary(outcome));
            if (!outcome.CountsAgree) Console.Error.WriteLine($"error: the app accepted {outcome.Accepted:N0} submissions but the database holds {outcome.Stored:N0} responses ({outcome.StoredWithoutAnswers:N0} without answers).");
            if (!outcome.ProtectionHolds) Console.Error.WriteLine("error: the flood protection did not hold (see the rate limit and honeypot checks).");
            return outcome.CountsAgree && outcome.ProtectionHolds ? 0 : 1;
        });
        var tablesResponses = new Option<int>("--responses") { Description = "Synthetic responses to the 40 questions.", DefaultValueFactory = _ => 100_000 };
        var tablesRuns = new Option<int>("--runs") { Description = "Timed runs after one warm-up (median and range reported).", DefaultValueFactory = _ => 7 };
        var tablesFormat = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        tablesFormat.AcceptOnlyFromAmong("text", "json");
        var surveyTables = new Command("survey-tables", "Tabulating a survey's responses with weights: 100,000 synthetic responses x 40 questions, raw and weighted tables (goal: under 200 ms).")
        {
            tablesResponses, tablesRuns, tablesFormat,
        };
        surveyTables.SetAction(parse =>
        {
            var json = parse.GetValue(tablesFormat) == "json";
            var outcome = Consultation.SurveyTablesBenchmark.Run(Math.Max(1, parse.GetValue(tablesResponses)), Math.Max(1, parse.GetValue(tablesRuns)), json ? Console.Error : Console.Out);
            Console.Out.WriteLine(json ? System.Text.Json.JsonSerializer.Serialize(outcome, BenchJson.Options) : Consultation.SurveyTablesBenchmark.Summary(outcome));
            return 0;
        });
        var perfRows = new Option<int>("--rows") { Description = "Synthetic return rows to import.", DefaultValueFactory = _ => 1_000_000 };
        var perfAreas = new Option<int>("--areas") { Description = "Districts of the bundled geography the returns name (real ONS codes).", DefaultValueFactory = _ => 300 };
        var perfMeasures = new Option<int>("--measures") { Description = "Generated measures.", DefaultValueFactory = _ => 50 };
        var perfRuns = new Option<int>("--runs") { Description = "Timed runs of every part after one warm-up (median and range reported).", DefaultValueFactory = _ => 5 };
        var perfNoPostgres = new Option<bool>("--no-postgres") { Description = "Leave out the PostgreSQL side (a temporary server: our import against COPY)." };
        var perfFormat = new Option<string>("--format") { Description = "text or json (json: the figures on standard output, progress on standard error).", DefaultValueFactory = _ => "text" };
        perfFormat.AcceptOnlyFromAmong("text", "json");
        var performance = new Command("performance", "Partner returns and measures (issue 16): N synthetic return rows imported beside sqlite3 .import (rows stored must equal N; exit 1 if not), csp performance warm for every area of A areas x M measures (goal: under 100 ms), and with --database the performance report of one area in every format (goal: under 2 s).")
        {
            perfRows, perfAreas, perfMeasures, perfRuns, perfNoPostgres, perfFormat,
        };
        performance.SetAction(async (parse, ct) =>
        {
            var json = parse.GetValue(perfFormat) == "json";
            var outcome = await new Performance.PerformanceBenchmark(json ? Console.Error : Console.Out).RunAsync(BenchEnvironment.Home, parse.GetValue(database),
                Math.Max(1, parse.GetValue(perfRows)), Math.Max(1, parse.GetValue(perfAreas)), Math.Max(1, parse.GetValue(perfMeasures)), Math.Max(1, parse.GetValue(perfRuns)),
                parse.GetValue(perfNoPostgres), ct).ConfigureAwait(false);
            Console.Out.WriteLine(json ? System.Text.Json.JsonSerializer.Serialize(outcome, BenchJson.Options) : Performance.PerformanceBenchmark.Summary(outcome));
            if (!outcome.StoredEqualsRows) Console.Error.WriteLine($"error: {outcome.Import.Rows:N0} rows imported but {outcome.Import.Stored:N0} stored on SQLite, {outcome.Import.OnPostgres?.Stored.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} on PostgreSQL.");
            return outcome.StoredEqualsRows ? 0 : 1;
        });
        var bench = new Command("bench", "Benchmarks that compare CSP Workbench with a peer in the same run.");
        bench.Subcommands.Add(surveyForm);
        bench.Subcommands.Add(surveyTables);
        bench.Subcommands.Add(cold);
        bench.Subcommands.Add(import);
        bench.Subcommands.Add(assess);
        bench.Subcommands.Add(report);
        bench.Subcommands.Add(web);
        bench.Subcommands.Add(soak);
        bench.Subcommands.Add(performance);
        return bench;
    }
}
