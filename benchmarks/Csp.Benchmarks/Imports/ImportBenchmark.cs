using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime;
using Csp.Ingest.Sources;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Storage;
using Npgsql;

using Csp.Testing;

namespace Csp.Benchmarks.Imports;

/// <summary>
/// Our full police.uk import (parse, validate, de-duplicate strings, resolve vocabularies, write with indexes) against each
/// database's own bare bulk loader over the same decompressed files, in the same run: <c>sqlite3 .import</c> into a plain
/// table, and PostgreSQL <c>COPY ... (FORMAT csv)</c> into a plain table.
/// </summary>
internal sealed class ImportBenchmark(TextWriter output)
{
    /// <param name="ClientCpu">CPU time of this process during the load (parsing, our import's threads, JIT and GC).</param>
    /// <param name="ServerCpu">CPU time of the temporary PostgreSQL server during the load, when it is ours to measure.</param>
    public sealed record Measurement(string Loader, long Rows, TimeSpan Elapsed, TimeSpan? ClientCpu = null, TimeSpan? ServerCpu = null)
    {
        public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
    }

    public async Task<IReadOnlyList<Measurement>> RunAsync(string input, string? postgres, bool skipPostgres, bool skipSqlite, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("csp-bench-").FullName;
        try
        {
            var files = Decompress(input, work);
            var rows = files.Sum(CountRows);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files, {rows:N0} rows ({files.Sum(f => new FileInfo(f).Length) / 1e6:N0} MB of CSV), decompressed to {work}"));
            var results = new List<Measurement>();

            if (!skipSqlite)
            {
                results.Add(SqliteImport(files, rows, Path.Combine(work, "peer.sqlite")));
                results.Add(await OursAsync("CSP Workbench import into SQLite", CspDatabase.Resolve(Path.Combine(work, "ours.sqlite"), work), files, rows, ct).ConfigureAwait(false));
            }
            if (!skipPostgres)
            {
                await using var server = postgres is null ? new TemporaryPostgresServer() : null;
                if (server is not null) await server.StartAsync().ConfigureAwait(false);
                var peerDb = server is not null ? await server.CreateDatabaseAsync().ConfigureAwait(false) : postgres!;
                var oursDb = server is not null ? await server.CreateDatabaseAsync().ConfigureAwait(false) : postgres!;
                results.Add(await PostgresCopyAsync(files, rows, peerDb, server, ct).ConfigureAwait(false));
                results.Add(await OursAsync("CSP Workbench import into PostgreSQL", CspDatabase.Resolve(oursDb, work), files, rows, ct, server).ConfigureAwait(false));
            }
            return results;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static List<string> Decompress(string input, string work)
    {
        var result = new List<string>();
        foreach (var file in InputFiles.Expand([input], [".csv"], out _))
        {
            var target = Path.Combine(work, $"{result.Count:D4}-{Path.GetFileName(file.Name).Replace(".gz", "", StringComparison.Ordinal)}");
            using (var source = file.Open())
            using (var destination = File.Create(target))
            {
                source.CopyTo(destination);
            }
            result.Add(target);
        }
        return result;
    }

    private static long CountRows(string path)
    {
        using var reader = new StreamReader(path);
        long lines = 0;
        while (reader.ReadLine() is { Length: > 0 }) lines++;
        return lines - 1;
    }

    private Measurement SqliteImport(List<string> files, long rows, string database)
    {
        var script = Path.Combine(Path.GetDirectoryName(database)!, "peer.sql");
        File.WriteAllLines(script, new[]
        {
            "CREATE TABLE street(crime_id, month, reported_by, falls_within, longitude, latitude, location, lsoa_code, lsoa_name, crime_type, outcome, context);",
            "BEGIN;",
        }.Concat(files.Select(f => $".import --csv --skip 1 '{f}' street")).Append("COMMIT;"));
        var watch = Stopwatch.StartNew();
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardInput = true, RedirectStandardError = true };
        start.ArgumentList.Add(database);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 could not be started (apt-get install sqlite3).");
        process.StandardInput.Write(File.ReadAllText(script));
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var elapsed = watch.Elapsed;
        if (process.ExitCode != 0) throw new InvalidOperationException("sqlite3 .import failed: " + errors);
        return Report(new Measurement("sqlite3 .import (bare, plain table)", rows, elapsed));
    }

    private async Task<Measurement> PostgresCopyAsync(List<string> files, long rows, string connectionString, TemporaryPostgresServer? server, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using (var create = new NpgsqlCommand("CREATE TABLE street(crime_id text, month text, reported_by text, falls_within text, longitude text, latitude text, location text, lsoa_code text, lsoa_name text, crime_type text, outcome text, context text)", connection))
        {
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        var cpu = Cpu.Start(server);
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            // The server's own CSV parser does the work; the client only streams the file's text.
            await using var copy = await connection.BeginTextImportAsync("COPY street FROM STDIN (FORMAT csv, HEADER true)", ct).ConfigureAwait(false);
            using var source = new StreamReader(file);
            var buffer = new char[1 << 16];
            int n;
            while ((n = await source.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0) await copy.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
        }
        var elapsed = watch.Elapsed;
        var (client, serverCpu) = cpu.Stop();
        await SettleAsync(connectionString, server, ct).ConfigureAwait(false);
        return Report(new Measurement("PostgreSQL COPY csv (bare, plain table)", rows, elapsed, client, serverCpu));
    }

    /// <summary>
    /// Untimed, after a load: vacuums and analyses what it wrote and writes out the dirty pages, so that the server's own
    /// follow-up work (autovacuum of the new rows, a checkpoint) is not done on the next measurement's time.
    /// </summary>
    private static async Task SettleAsync(string connectionString, TemporaryPostgresServer? server, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        if (server is null) return; // CHECKPOINT needs rights that a given server's user may not have
        await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection) { CommandTimeout = 0 };
        await checkpoint.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private async Task<Measurement> OursAsync(string name, CspDatabase database, List<string> files, long rows, CancellationToken ct, TemporaryPostgresServer? server = null)
    {
        await SchemaMigrator.MigrateAsync(database, ct).ConfigureAwait(false);
        var importer = new PoliceUkImporter(database, TimeProvider.System);
        var inputs = InputFiles.Expand(files, [".csv"], out _);
        var cpu = Cpu.Start(server);
        var (gc0, alloc0, jit0) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(), JitInfo.GetCompilationTime());
        var watch = Stopwatch.StartNew();
        long added = 0;
        var peaks = new List<string>();
        var i = 0;
        await foreach (var report in importer.ImportAsync(inputs, null, ct).ConfigureAwait(false))
        {
            added += report.RowsAdded;
            if (++i % Math.Max(1, inputs.Count / 4) == 0 || i == inputs.Count)
            {
                using var self = Process.GetCurrentProcess();
                peaks.Add(string.Create(CultureInfo.InvariantCulture, $"{added:N0} rows: {self.PeakWorkingSet64 / 1048576} MB"));
            }
        }
        var elapsed = watch.Elapsed;
        var (clientCpu, serverCpu) = cpu.Stop();
        if (database.Provider == DatabaseProvider.PostgreSql) await SettleAsync(database.ConnectionString, server, ct).ConfigureAwait(false);
        // What the client's CPU went on besides the import itself (JIT time is summed over threads, so it exceeds CPU under load).
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  client: {(GC.GetTotalAllocatedBytes() - alloc0) / 1e6:N0} MB allocated, GC pauses {(GC.GetTotalPauseDuration() - gc0).TotalSeconds:F2} s, JIT {(JitInfo.GetCompilationTime() - jit0).TotalSeconds:F2} s"));
        if (added != rows) output.WriteLine($"warning: {name} added {added} of {rows} rows");
        output.WriteLine("  peak working set of the process as the import grows: " + string.Join("; ", peaks));
        return Report(new Measurement(name, added, elapsed, clientCpu, serverCpu));
    }

    private Measurement Report(Measurement m)
    {
        var cpu = m.ClientCpu is { } c ? string.Create(CultureInfo.InvariantCulture, $"  CPU: client {c.TotalSeconds:F1} s") : "";
        if (m.ServerCpu is { } s) cpu += string.Create(CultureInfo.InvariantCulture, $", server {s.TotalSeconds:F1} s");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Loader,-42} {m.Rows,12:N0} rows {m.Elapsed.TotalSeconds,8:F2} s {m.RowsPerSecond,12:N0} rows/s{cpu}"));
        return m;
    }

    /// <summary>CPU time of this process and of the temporary server between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    private readonly record struct Cpu(TemporaryPostgresServer? Server, TimeSpan Client, TimeSpan? ServerStart)
    {
        public static Cpu Start(TemporaryPostgresServer? server) => new(server, ProcessCpu(), server?.CpuTime());

        public (TimeSpan Client, TimeSpan? Server) Stop() =>
            (ProcessCpu() - Client, Server?.CpuTime() is { } end && ServerStart is { } start ? end - start : null);

        private static TimeSpan ProcessCpu()
        {
            using var self = Process.GetCurrentProcess();
            return self.TotalProcessorTime;
        }
    }
}
