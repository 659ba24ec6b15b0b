using System.Diagnostics;
using System.Globalization;
using System.Text;
using Csp.Core.Periods;
using Csp.Ingest.Sources;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Workbench;
using Csp.Workbench.Assessment;
using Csp.Workbench.Hosting;
using Csp.Workbench.Imports;
using Csp.Workbench.Performance;
using Csp.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Csp.Benchmarks.Performance;

/// <summary>
/// <c>csp bench performance</c> (issue 16, "Performance (benchmark)"): three parts.
/// 1. A synthetic long-form partner returns CSV of N rows (generated measures, the real district codes of the bundled
///    geography, monthly and quarterly periods) imported with our importer (<see cref="PartnerReturns.ImportAsync"/>, what
///    <c>csp import returns</c> calls) into a fresh temporary SQLite database per run, beside <c>sqlite3 .import</c> of the
///    same CSV into a plain table of the same columns; the rows stored must equal N. Then, unless --no-postgres, the same on
///    a temporary PostgreSQL server: a fresh database per run, migrated and given the bundled geography (untimed), our
///    import against <c>COPY ... (FORMAT csv)</c> of the same CSV into a plain table of a fresh database.
/// 2. <see cref="PerformanceTables.ComputeAsync"/> (what <c>csp performance</c> calls), in process and warm, one call per
///    area for every area of that data (A areas x M measures).
/// 3. <see cref="PerformanceTables.ReportAsync"/> (what <c>csp report performance</c> calls) for one area in every format,
///    on a database given with --database (the bundled sample): the first call in the process, then the warm median.
/// </summary>
internal sealed class PerformanceBenchmark(TextWriter progress)
{
    public const double GoalComputeMilliseconds = 100;
    public const double GoalReportMilliseconds = 2_000;

    public sealed record Spread(double Median, double Min, double Max);

    /// <param name="CpuSeconds">CPU time of the run (ours: this process; sqlite3: the child; PostgreSQL: client and server), which says more than elapsed time on a loaded machine.</param>
    public sealed record ImportSide(string Loader, long Rows, Spread Seconds, Spread RowsPerSecond, IReadOnlyList<double> RunSeconds, Spread CpuSeconds);

    public sealed record ImportPart(long Rows, int Areas, int Measures, int Periods, double CsvMegabytes, int Runs, ImportSide Ours, ImportSide Peer,
        double RatioOursToPeer, long Stored, bool StoredEqualsRows, string Postgres, string LoadAtStart, string LoadAtEnd)
    {
        /// <summary>Peer CPU seconds / ours (medians): the ratio by CPU time.</summary>
        public double CpuRatioOursToPeer => Peer.CpuSeconds.Median / Ours.CpuSeconds.Median;

        /// <summary>The PostgreSQL side when measured (Postgres then says so).</summary>
        public PostgresImport? OnPostgres { get; init; }

        public bool AllStored => StoredEqualsRows && OnPostgres is not { StoredEqualsRows: false };
    }

    public sealed record PostgresImport(ImportSide Ours, ImportSide Peer, double RatioOursToPeer, long Stored, bool StoredEqualsRows, string LoadAtStart, string LoadAtEnd)
    {
        public double CpuRatioOursToPeer => Peer.CpuSeconds.Median / Ours.CpuSeconds.Median;
    }

    public sealed record ComputePart(string Quarter, int Areas, int Measures, int Runs, string Calls, Spread PerCallMilliseconds, Spread PerCallP95Milliseconds,
        Spread AllAreasMilliseconds, int RowsPerTable, int RowsWithBothFigures, double GoalMilliseconds, bool GoalMet, string LoadAtStart, string LoadAtEnd);

    public sealed record ReportFormatTiming(string Format, double FirstMilliseconds, Spread WarmMilliseconds, long Bytes, bool GoalMet);

    public sealed record ReportPart(string? Skipped, string? Area, string? Quarter, int Runs, IReadOnlyList<ReportFormatTiming> Formats, double GoalMilliseconds,
        string LoadAtStart, string LoadAtEnd);

    public sealed record Outcome(ImportPart Import, ComputePart? Compute, ReportPart Report, int Cores)
    {
        public bool StoredEqualsRows => Import.AllStored;
    }

    /// <summary>The newest month of the synthetic data: every period has ended.</summary>
    private static readonly DateOnly Newest = new(2025, 12, 1);

    public async Task<Outcome> RunAsync(string home, string? reportDatabase, int rows, int areas, int measures, int runs, bool noPostgres, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("csp-bench-performance-").FullName;
        try
        {
            // The template: a migrated SQLite file with the bundled geography (the real ONS codes returns name); each run copies it.
            var template = Path.Combine(work, "template.sqlite");
            var templateDb = CspDatabase.Resolve(template, work);
            await SchemaMigrator.MigrateAsync(templateDb, ct).ConfigureAwait(false);
            var geography = InputFiles.Expand([Path.Combine(CspHome.SampleData(home), "geography")], DataImports.Extensions(DataImports.Geography), out _);
            await foreach (var _ in DataImports.RunAsync(templateDb, TimeProvider.System, DataImports.Geography, geography, null, null, ct).ConfigureAwait(false))
            {
            }
            var codes = await DistrictsAsync(templateDb, ct).ConfigureAwait(false);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (codes.Count < areas)
            {
                progress.WriteLine($"The bundled geography has {codes.Count} districts: using all of them (not {areas}).");
                areas = codes.Count;
            }
            codes = codes.Take(areas).ToList();
            var configuration = Measures(work, measures);
            var csv = Path.Combine(work, "returns.csv");
            var periods = WriteReturns(csv, rows, codes, configuration.Measures.Select(m => m.Name).ToList());
            var megabytes = new FileInfo(csv).Length / 1e6;
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Part 1: {rows:N0} return rows ({areas} districts x {measures} measures, up to {periods} periods back from {Newest:yyyy-MM}; even measures monthly, odd quarterly), {megabytes:N1} MB of CSV"));

            var import = await ImportAsync(home, work, template, csv, configuration, rows, runs, noPostgres, codes.Count, measures, periods, megabytes, ct).ConfigureAwait(false);
            var kept = Path.Combine(work, "ours-last.sqlite");
            var compute = import.StoredEqualsRows ? await ComputeAsync(home, kept, configuration, codes, measures, runs, ct).ConfigureAwait(false) : null;
            var report = await ReportAsync(home, reportDatabase, runs, ct).ConfigureAwait(false);
            return new Outcome(import, compute, report, Environment.ProcessorCount);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<List<string>> DistrictsAsync(CspDatabase database, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT code FROM areas WHERE level = 'District' ORDER BY code";
        var codes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) codes.Add(reader.GetString(0));
        return codes;
    }

    /// <summary>M generated measures, returned by partners, counts with a target (the import accepts only configured measures).</summary>
    private static PerformanceConfiguration Measures(string work, int count)
    {
        var text = new StringBuilder("name,definition,source,source_key,unit,polarity,target,area_targets,baseline,tolerance,age_band,owner,priority,agency,window_months\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Bench measure {i:D3},Synthetic measure {i} of the benchmark,return,,count,{(i % 3 == 0 ? "higher" : "lower")},{(i % 2 == 0 ? "reduce by 5%" : "reduce")},,,,,Bench Partner,Bench priority,Police,\n");
        }
        // A home of the bench's own holding only the generated measures.csv, read as the product reads data/config.
        var home = Path.Combine(work, "measures-home");
        Directory.CreateDirectory(Path.Combine(home, "data", "config"));
        File.WriteAllText(Path.Combine(home, "data", "config", "measures.csv"), text.ToString());
        var configuration = PerformanceConfiguration.Load(home);
        if (configuration.Issues.Count > 0 || configuration.Measures.Count != count) throw new InvalidOperationException("The generated measures do not read: " + string.Join("; ", configuration.Issues));
        return configuration;
    }

    /// <summary>
    /// Row k: area k mod A, measure (k / A) mod M, period k / (A x M) back from <see cref="Newest"/> (a month for an even
    /// measure, a quarter for an odd one): every (measure, area, period) once, so every row is a new figure.
    /// </summary>
    private static int WriteReturns(string path, int rows, IReadOnlyList<string> areas, IReadOnlyList<string> measures)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("measure,area,period_start,period_end,value,breakdown,unit,source,note\n");
        var random = new Random(16);
        var periods = 0;
        for (var k = 0; k < rows; k++)
        {
            var area = areas[k % areas.Count];
            var m = k / areas.Count % measures.Count;
            var back = k / (areas.Count * measures.Count);
            periods = Math.Max(periods, back + 1);
            DateOnly start, end;
            if (m % 2 == 0)
            {
                start = Newest.AddMonths(-back);
                end = start.AddMonths(1).AddDays(-1);
            }
            else
            {
                var quarter = new DateOnly(Newest.Year, (Newest.Month - 1) / 3 * 3 + 1, 1).AddMonths(-3 * back);
                (start, end) = (quarter, quarter.AddMonths(3).AddDays(-1));
            }
            writer.Write(measures[m]);
            writer.Write(',');
            writer.Write(area);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",{start:yyyy-MM-dd},{end:yyyy-MM-dd},{random.Next(20, 2_000)},,count,Bench Partner,\n"));
        }
        return periods;
    }

    private async Task<ImportPart> ImportAsync(string home, string work, string template, string csv, PerformanceConfiguration configuration, int rows, int runs,
        bool noPostgres, int areas, int measures, int periods, double megabytes, CancellationToken ct)
    {
        var loadAtStart = LoadAverage();
        var ours = new List<double>();
        var peer = new List<double>();
        var oursCpu = new List<double>();
        var peerCpu = new List<double>();
        long stored = 0;
        // A warm-up of each side, then the runs, the two sides in turn so that the machine's load falls on both alike.
        for (var run = 0; run <= runs; run++)
        {
            var label = run == 0 ? "warm-up" : $"run {run}";
            var (peerSeconds, peerCpuSeconds) = SqliteImport(csv, Path.Combine(work, $"peer-{run}.sqlite"));
            File.Delete(Path.Combine(work, $"peer-{run}.sqlite"));
            var target = Path.Combine(work, run == runs ? "ours-last.sqlite" : $"ours-{run}.sqlite");
            File.Copy(template, target, overwrite: true);
            var (oursSeconds, oursCpuSeconds, added, count) = await OursAsync(home, target, csv, configuration, ct).ConfigureAwait(false);
            stored = count;
            if (run != runs)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(target);
            }
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label}: ours {oursSeconds:F2} s, CPU {oursCpuSeconds:F2} s ({added:N0} added, {count:N0} stored), sqlite3 .import {peerSeconds:F2} s, CPU {peerCpuSeconds:F2} s; load {LoadAverage()}"));
            if (run == 0) continue;
            ours.Add(oursSeconds);
            peer.Add(peerSeconds);
            oursCpu.Add(oursCpuSeconds);
            peerCpu.Add(peerCpuSeconds);
        }
        var oursSide = Side("CSP Workbench import returns into SQLite (checked, indexed)", rows, ours, oursCpu);
        var peerSide = Side("sqlite3 .import --csv (bare, plain table)", rows, peer, peerCpu);
        var loadAtEnd = LoadAverage();
        var onPostgres = noPostgres ? null : await PostgresAsync(home, csv, configuration, rows, runs, ct).ConfigureAwait(false);
        var postgres = noPostgres ? "skipped: --no-postgres" : "measured: a temporary server, a fresh database per run";
        return new ImportPart(rows, areas, measures, periods, megabytes, runs, oursSide, peerSide, oursSide.RowsPerSecond.Median / peerSide.RowsPerSecond.Median,
            stored, stored == rows, postgres, loadAtStart, loadAtEnd) { OnPostgres = onPostgres };
    }

    /// <summary>
    /// The same CSV on a temporary PostgreSQL server: per run a fresh database migrated and given the bundled geography
    /// (untimed), our import timed; beside it COPY (FORMAT csv) into a plain table of another fresh database.
    /// </summary>
    private async Task<PostgresImport> PostgresAsync(string home, string csv, PerformanceConfiguration configuration, int rows, int runs, CancellationToken ct)
    {
        var loadAtStart = LoadAverage();
        await using var server = new TemporaryPostgresServer();
        await server.StartAsync().ConfigureAwait(false);
        var geography = InputFiles.Expand([Path.Combine(CspHome.SampleData(home), "geography")], DataImports.Extensions(DataImports.Geography), out _);
        var ours = new List<double>();
        var peer = new List<double>();
        var oursCpu = new List<double>();
        var peerCpu = new List<double>();
        long stored = 0;
        for (var run = 0; run <= runs; run++)
        {
            var copyCpu = CpuNow(server);
            var peerSeconds = await PostgresCopyAsync(await server.CreateDatabaseAsync().ConfigureAwait(false), csv, ct).ConfigureAwait(false);
            var peerCpuSeconds = CpuNow(server) - copyCpu;
            var database = CspDatabase.Resolve(await server.CreateDatabaseAsync().ConfigureAwait(false), Path.GetDirectoryName(csv)!);
            await SchemaMigrator.MigrateAsync(database, ct).ConfigureAwait(false);
            await foreach (var _ in DataImports.RunAsync(database, TimeProvider.System, DataImports.Geography, geography, null, null, ct).ConfigureAwait(false))
            {
            }
            var serverCpu = server.CpuTime() ?? TimeSpan.Zero;
            var (oursSeconds, clientCpuSeconds, added, count) = await OursAsync(home, database, csv, configuration, ct).ConfigureAwait(false);
            // The server's CPU up to the count after the import: a little more than the import's own.
            var oursCpuSeconds = clientCpuSeconds + ((server.CpuTime() ?? TimeSpan.Zero) - serverCpu).TotalSeconds;
            stored = count;
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  PostgreSQL {(run == 0 ? "warm-up" : $"run {run}")}: ours {oursSeconds:F2} s, CPU {oursCpuSeconds:F2} s ({added:N0} added, {count:N0} stored), COPY {peerSeconds:F2} s, CPU {peerCpuSeconds:F2} s; load {LoadAverage()}"));
            NpgsqlConnection.ClearAllPools();
            if (run == 0) continue;
            ours.Add(oursSeconds);
            peer.Add(peerSeconds);
            oursCpu.Add(oursCpuSeconds);
            peerCpu.Add(peerCpuSeconds);
        }
        var oursSide = Side("CSP Workbench import returns into PostgreSQL (checked, indexed)", rows, ours, oursCpu);
        var peerSide = Side("PostgreSQL COPY csv (bare, plain table)", rows, peer, peerCpu);
        return new PostgresImport(oursSide, peerSide, oursSide.RowsPerSecond.Median / peerSide.RowsPerSecond.Median, stored, stored == rows, loadAtStart, LoadAverage());
    }

    /// <summary>CPU seconds so far of this process and the server.</summary>
    private static double CpuNow(TemporaryPostgresServer server) => SelfCpu() + (server.CpuTime() ?? TimeSpan.Zero).TotalSeconds;

    private static double SelfCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>CPU seconds of this process's reaped children (cutime + cstime of /proc/self/stat, at 100 ticks a second); 0 without /proc.</summary>
    private static double ChildrenCpu()
    {
        if (!File.Exists("/proc/self/stat")) return 0;
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ", field 3 (state) is index 0: cutime is field 16, cstime field 17.
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static async Task<double> PostgresCopyAsync(string connectionString, string csv, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using (var create = new NpgsqlCommand("CREATE TABLE return_values(measure text, area_code text, period_start text, period_end text, value text, breakdown text, unit text, source text, note text)", connection))
        {
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        var watch = Stopwatch.StartNew();
        await using (var copy = await connection.BeginTextImportAsync("COPY return_values FROM STDIN (FORMAT csv, HEADER true)", ct).ConfigureAwait(false))
        {
            // The server's own CSV parser does the work; the client only streams the file's text.
            using var source = new StreamReader(csv);
            var buffer = new char[1 << 16];
            int n;
            while ((n = await source.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0) await copy.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static ImportSide Side(string loader, long rows, List<double> seconds, List<double> cpuSeconds) =>
        new(loader, rows, Of(seconds), Of(seconds.Select(s => rows / s).ToList()), seconds, Of(cpuSeconds));

    private static Task<(double Seconds, double CpuSeconds, long Added, long Stored)> OursAsync(string home, string path, string csv, PerformanceConfiguration configuration, CancellationToken ct) =>
        OursAsync(home, CspDatabase.Resolve(path, Path.GetDirectoryName(path)!), csv, configuration, ct);

    private static async Task<(double Seconds, double CpuSeconds, long Added, long Stored)> OursAsync(string home, CspDatabase database, string csv, PerformanceConfiguration configuration, CancellationToken ct)
    {
        await using var services = UseCases(home, database, configuration);
        var returns = services.GetRequiredService<PartnerReturns>();
        var files = InputFiles.Expand([csv], [".csv"], out _);
        var cpu = SelfCpu();
        var watch = Stopwatch.StartNew();
        long added = 0;
        await foreach (var report in returns.ImportAsync(files, null, keepPartial: false, ct).ConfigureAwait(false))
        {
            added += report.RowsAdded;
            if (report.Issues.Count > 0) throw new InvalidOperationException("The synthetic returns were refused: " + string.Join("; ", report.Issues.Take(5)));
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = SelfCpu() - cpu;
        await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM return_values";
        var stored = Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return (seconds, cpuSeconds, added, stored);
    }

    private static (double Seconds, double CpuSeconds) SqliteImport(string csv, string database)
    {
        var script = string.Join("\n",
            "CREATE TABLE return_values(measure, area_code, period_start, period_end, value, breakdown, unit, source, note);",
            "BEGIN;", $".import --csv --skip 1 '{csv}' return_values", "COMMIT;", "");
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardInput = true, RedirectStandardError = true };
        start.ArgumentList.Add(database);
        var children = ChildrenCpu();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 could not be started (apt-get install sqlite3).");
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0) throw new InvalidOperationException("sqlite3 .import failed: " + errors);
        return (seconds, ChildrenCpu() - children);
    }

    /// <summary>The use cases as the CLI has them (CliEnvironment.UseCasesAsync), with the given measures configuration.</summary>
    private static ServiceProvider UseCases(string home, CspDatabase database, PerformanceConfiguration? configuration)
    {
        var files = ConfigurationFiles.Under(home);
        var (scheme, judgements, issues) = AssessmentService.LoadConfiguration(files.OffenceCategories, files.HarmWeights, files.PriorityJudgements);
        var groups = AssessmentConfiguration.ComparatorGroupsBeside(files, issues);
        var services = new ServiceCollection();
        services.AddSingleton(new AssessmentConfiguration(scheme, judgements) { ComparatorGroups = groups });
        services.AddSingleton(typeof(AssessmentReading), AssessmentReading.PerArea);
        if (configuration is not null) services.AddSingleton(configuration);
        services.AddCsp(_ => database, _ => home);
        return services.BuildServiceProvider();
    }

    private async Task<ComputePart> ComputeAsync(string home, string path, PerformanceConfiguration configuration, IReadOnlyList<string> codes, int measures, int runs, CancellationToken ct)
    {
        var loadAtStart = LoadAverage();
        const string quarter = "2025-Q2";
        PerformancePeriods.TryParse(quarter, null, null, out var periods, out _);
        var database = CspDatabase.Resolve(path, Path.GetDirectoryName(path)!);
        await using var services = UseCases(home, database, configuration);
        var tables = services.GetRequiredService<PerformanceTables>();
        progress.WriteLine($"Part 2: csp performance's use case (PerformanceTables.ComputeAsync), {quarter} against the same quarter a year earlier, one call per district for all {codes.Count}: a warm-up pass, then {runs}...");
        var perCall = new List<double>();
        var p95 = new List<double>();
        var all = new List<double>();
        var rowsPerTable = 0;
        var rowsWithBoth = 0;
        for (var run = 0; run <= runs; run++)
        {
            var calls = new List<double>();
            var started = Stopwatch.GetTimestamp();
            foreach (var code in codes)
            {
                var t = Stopwatch.GetTimestamp();
                var outcome = await tables.ComputeAsync(code, periods!, Readership.Restricted, ct).ConfigureAwait(false);
                calls.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (outcome.Result is not { } result) throw new InvalidOperationException($"csp performance refused {code}: {outcome.Problem}");
                rowsPerTable = result.Rows.Count;
                rowsWithBoth = result.Rows.Count(r => r.Value is not null && r.BaselineValue is not null);
            }
            var total = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            calls.Sort();
            var median = Of(calls).Median;
            var q95 = calls[Math.Min(calls.Count - 1, (int)Math.Ceiling(0.95 * calls.Count) - 1)];
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(run == 0 ? "warm-up" : $"pass {run}")}: {total:N0} ms for {codes.Count} areas, per call median {median:F1} ms, p95 {q95:F1} ms; load {LoadAverage()}"));
            if (run == 0) continue;
            perCall.Add(median);
            p95.Add(q95);
            all.Add(total);
        }
        var perCallSpread = Of(perCall);
        return new ComputePart(quarter, codes.Count, measures, runs, "one call per area (the CLI's call: one area's table), every area in turn; a pass is all of them",
            perCallSpread, Of(p95), Of(all), rowsPerTable, rowsWithBoth, GoalComputeMilliseconds, Of(p95).Median < GoalComputeMilliseconds, loadAtStart, LoadAverage());
    }

    private async Task<ReportPart> ReportAsync(string home, string? reportDatabase, int runs, CancellationToken ct)
    {
        var loadAtStart = LoadAverage();
        if (reportDatabase is null)
        {
            return new ReportPart("skipped: give the sample database with --database (./csp import sample loads it) to measure the performance report", null, null, 0, [],
                GoalReportMilliseconds, loadAtStart, loadAtStart);
        }
        const string area = "Gravesham";
        const string quarter = "2025-Q2";
        PerformancePeriods.TryParse(quarter, null, null, out var periods, out _);
        var database = await BenchEnvironment.OpenAsync(reportDatabase, ct).ConfigureAwait(false);
        await using var services = UseCases(home, database, null);
        var tables = services.GetRequiredService<PerformanceTables>();
        progress.WriteLine($"Part 3: the performance report (PerformanceTables.ReportAsync, what csp report performance calls) for {area}, {quarter}: the first call of each format in this process, then {runs} warm...");
        var formats = new List<ReportFormatTiming>();
        foreach (var format in new[] { ReportFormat.Html, ReportFormat.Pdf, ReportFormat.Docx, ReportFormat.Xlsx })
        {
            var first = await OneReportAsync(tables, area, periods!, format, ct).ConfigureAwait(false);
            var warm = new List<double>();
            for (var i = 0; i < runs; i++) warm.Add((await OneReportAsync(tables, area, periods!, format, ct).ConfigureAwait(false)).Milliseconds);
            var spread = Of(warm);
            formats.Add(new ReportFormatTiming(format.ToString().ToLowerInvariant(), first.Milliseconds, spread, first.Bytes,
                first.Milliseconds < GoalReportMilliseconds && spread.Median < GoalReportMilliseconds));
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {format}: first {first.Milliseconds:N0} ms, warm median {spread.Median:N0} ms; load {LoadAverage()}"));
        }
        return new ReportPart(null, area, quarter, runs, formats, GoalReportMilliseconds, loadAtStart, LoadAverage());
    }

    private static async Task<(double Milliseconds, long Bytes)> OneReportAsync(PerformanceTables tables, string area, PeriodComparison periods, ReportFormat format, CancellationToken ct)
    {
        var t = Stopwatch.GetTimestamp();
        var outcome = await tables.ReportAsync(area, periods, format, Csp.Core.Reports.Classification.Public(), ct).ConfigureAwait(false);
        var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (outcome.File is not { } file) throw new InvalidOperationException($"The performance report ({format}) was not made: {outcome.Title}: {outcome.Detail}");
        return (ms, file.Content.LongLength);
    }

    private static Spread Of(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return new Spread(double.NaN, double.NaN, double.NaN);
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return new Spread(median, sorted[0], sorted[^1]);
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static string Summary(Outcome o)
    {
        static string S(Spread s, string format) => string.Create(CultureInfo.InvariantCulture, $"{s.Median.ToString(format, CultureInfo.InvariantCulture)} [{s.Min.ToString(format, CultureInfo.InvariantCulture)}-{s.Max.ToString(format, CultureInfo.InvariantCulture)}]");
        var i = o.Import;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Part 1. Returns import: {i.Rows:N0} rows ({i.Areas} districts x {i.Measures} measures x up to {i.Periods} periods, {i.CsvMegabytes:N1} MB CSV), fresh temporary SQLite each run, {i.Runs} runs after a warm-up; load at start {i.LoadAtStart}, at end {i.LoadAtEnd}; {o.Cores} cores"),
            $"  {"loader",-62} {"seconds: median [range]",26} {"rows/s: median [range]",30} {"CPU s: median [range]",26}",
            $"  {i.Ours.Loader,-62} {S(i.Ours.Seconds, "F2"),26} {S(i.Ours.RowsPerSecond, "N0"),30} {S(i.Ours.CpuSeconds, "F2"),26}",
            $"  {i.Peer.Loader,-62} {S(i.Peer.Seconds, "F2"),26} {S(i.Peer.RowsPerSecond, "N0"),30} {S(i.Peer.CpuSeconds, "F2"),26}",
            string.Create(CultureInfo.InvariantCulture, $"  ours / sqlite3 .import (rows/s, medians): {i.RatioOursToPeer:F2}x; by CPU time: {i.CpuRatioOursToPeer:F2}x"),
            string.Create(CultureInfo.InvariantCulture, $"  rows stored by our import (last run): {i.Stored:N0} of {i.Rows:N0}: {(i.StoredEqualsRows ? "equal" : "NOT EQUAL")}"),
            $"  PostgreSQL: {i.Postgres}",
        };
        if (i.OnPostgres is { } p)
        {
            lines.Add($"  PostgreSQL, {i.Runs} runs after a warm-up; load at start {p.LoadAtStart}, at end {p.LoadAtEnd}");
            lines.Add($"  {p.Ours.Loader,-62} {S(p.Ours.Seconds, "F2"),26} {S(p.Ours.RowsPerSecond, "N0"),30} {S(p.Ours.CpuSeconds, "F2"),26}");
            lines.Add($"  {p.Peer.Loader,-62} {S(p.Peer.Seconds, "F2"),26} {S(p.Peer.RowsPerSecond, "N0"),30} {S(p.Peer.CpuSeconds, "F2"),26}");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  ours / COPY (rows/s, medians): {p.RatioOursToPeer:F2}x; by CPU time (client + server): {p.CpuRatioOursToPeer:F2}x"));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  rows stored by our import on PostgreSQL (last run): {p.Stored:N0} of {i.Rows:N0}: {(p.StoredEqualsRows ? "equal" : "NOT EQUAL")}"));
        }
        if (o.Compute is { } c)
        {
            lines.Add("");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Part 2. csp performance warm (PerformanceTables.ComputeAsync in process), {c.Quarter} vs a year earlier, {c.Areas} areas x {c.Measures} measures, {c.Runs} passes after a warm-up pass; load at start {c.LoadAtStart}, at end {c.LoadAtEnd}"));
            lines.Add($"  calls: {c.Calls}; {c.RowsPerTable} measures in each table, {c.RowsWithBothFigures} of them with a figure for the quarter and its baseline (last call; the monthly measures need 21 periods back from 2025-12 and the quarterly 7, so fewer rows than areas x measures x 21 leave some empty)");
            lines.Add($"  per call: median {S(c.PerCallMilliseconds, "F1")} ms, p95 {S(c.PerCallP95Milliseconds, "F1")} ms (medians of the passes [range])");
            lines.Add($"  all {c.Areas} areas: {S(c.AllAreasMilliseconds, "N0")} ms per pass");
            lines.Add($"  goal: one area's table under {c.GoalMilliseconds:0} ms warm: {(c.GoalMet ? "met (p95 of the calls)" : "NOT met (p95 of the calls)")}");
        }
        else
        {
            lines.Add("");
            lines.Add("Part 2. not run: the import did not store every row.");
        }
        lines.Add("");
        var r = o.Report;
        if (r.Skipped is not null) lines.Add($"Part 3. Performance report in every format: {r.Skipped}.");
        else
        {
            lines.Add($"Part 3. Performance report (PerformanceTables.ReportAsync in process) for {r.Area}, {r.Quarter}: first call of each format in the process, then {r.Runs} warm; load at start {r.LoadAtStart}, at end {r.LoadAtEnd}");
            lines.Add($"  {"format",-8} {"first ms",10} {"warm ms: median [range]",26} {"bytes",12}   goal < {r.GoalMilliseconds:N0} ms");
            foreach (var f in r.Formats)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {f.Format,-8} {f.FirstMilliseconds,10:N0} {S(f.WarmMilliseconds, "N0"),26} {f.Bytes,12:N0}   {(f.GoalMet ? "met" : "NOT met")}"));
            }
        }
        return string.Join(Environment.NewLine, lines);
    }
}
