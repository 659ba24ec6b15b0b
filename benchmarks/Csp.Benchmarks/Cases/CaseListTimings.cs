using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Csp.Benchmarks.Cases;

/// <summary>
/// <c>quick cases [cases] [incidents per case] [runs]</c>: the ASB case lists, search and a case page (issue 19's goal: list
/// and search p95 under 100 ms at 100,000 cases and 1,000,000 incidents) on SQLite and on PostgreSQL (a temporary server),
/// through the use case the web app calls (<see cref="AsbCases"/>: the access rule, the count and a page of 50), beside
/// the same agency list as one hand-written SQL query over ADO.NET (the peer: what the database needs for the answer).
/// Every measurement has one warm-up and the same runs; median, p95 and range are printed with the machine's load.
/// </summary>
internal static class CaseListTimings
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task RunAsync(int cases, int incidentsPerCase, int runs)
    {
        Console.WriteLine($"ASB case lists: {cases:N0} cases, {cases * incidentsPerCase:N0} incidents, {runs} runs after one warm-up; load {Load()}");
        var file = Path.Combine(Path.GetTempPath(), $"csp-bench-cases-{Guid.NewGuid():N}.sqlite");
        try
        {
            await MeasureAsync(CspDatabase.Resolve(file, BenchEnvironment.Home), cases, incidentsPerCase, runs).ConfigureAwait(false);
        }
        finally
        {
            SqliteFiles.Delete(file);
        }
        await using var server = new TemporaryPostgresServer();
        await server.StartAsync().ConfigureAwait(false);
        // The test server's connection strings turn pooling off (each test its own database); a deployment pools, as here.
        var pooled = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync().ConfigureAwait(false)) { Pooling = true }.ConnectionString;
        await MeasureAsync(CspDatabase.Resolve(pooled, BenchEnvironment.Home), cases, incidentsPerCase, runs).ConfigureAwait(false);
    }

    private static async Task MeasureAsync(CspDatabase database, int cases, int incidentsPerCase, int runs)
    {
        await SchemaMigrator.MigrateAsync(database, CancellationToken.None).ConfigureAwait(false);
        var load = Stopwatch.StartNew();
        await FillAsync(database, cases, incidentsPerCase).ConfigureAwait(false);
        Console.WriteLine($"{database.Provider}: generated in {load.Elapsed.TotalSeconds:F1} s; load {Load()}");

        var services = new ServiceCollection();
        services.AddCsp(_ => database, _ => BenchEnvironment.Home);
        await using var provider = services.BuildServiceProvider();
        var asb = provider.GetRequiredService<AsbCases>();
        await provider.GetRequiredService<SharingAgreements>().SetAsync(Actor.System, 1, 2, CaseAccess.DefaultAgreementRoles, new DateOnly(2025, 1, 1), default).ConfigureAwait(false);
        var officer = new CaseUser("officer7", "Community Safety Unit (council)", [Roles.CaseOfficer]);
        var somebody = PersonName(cases / 3);

        await TimeAsync("peer: agency list as one SQL query with the access rule's OR, + count (ADO.NET)", runs, () => PeerAsync(database, split: false)).ConfigureAwait(false);
        await TimeAsync("peer: agency list as lead and partner queries, + counts (ADO.NET; the use case's plan)", runs, () => PeerAsync(database, split: true)).ConfigureAwait(false);
        await TimeAsync("my agency's cases, open (page 1 of 50 + count)", runs, () => asb.ListAsync(officer, CaseListKind.Agency, null, "open", 1, default)).ConfigureAwait(false);
        await TimeAsync("my agency's cases, page 200", runs, () => asb.ListAsync(officer, CaseListKind.Agency, null, "all", 200, default)).ConfigureAwait(false);
        await TimeAsync("my cases", runs, () => asb.ListAsync(officer, CaseListKind.Mine, null, "open", 1, default)).ConfigureAwait(false);
        await TimeAsync("high risk", runs, () => asb.ListAsync(officer, CaseListKind.HighRisk, null, "open", 1, default)).ConfigureAwait(false);
        await TimeAsync("reassessment due", runs, () => asb.ListAsync(officer, CaseListKind.ReviewsDue, null, "open", 1, default)).ConfigureAwait(false);
        await TimeAsync("search by reference", runs, () => asb.ListAsync(officer, CaseListKind.Agency, Reference(cases / 2), "all", 1, default)).ConfigureAwait(false);
        await TimeAsync($"search by a person's name ('{somebody}')", runs, () => asb.ListAsync(officer, CaseListKind.Agency, somebody, "all", 1, default)).ConfigureAwait(false);
        await TimeAsync("a case page (people, incidents, repeats; audited)", runs, () => asb.GetAsync(officer, 2, default)).ConfigureAwait(false);
    }

    private static async Task TimeAsync<T>(string what, int runs, Func<Task<T>> action)
    {
        await action().ConfigureAwait(false);
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action().ConfigureAwait(false);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var p95 = times[Math.Max(0, (int)Math.Ceiling(0.95 * times.Count) - 1)];
        Console.WriteLine(string.Create(Inv, $"  {what}: median {times[times.Count / 2]:F1} ms, p95 {p95:F1} ms, range {times[0]:F1}-{times[^1]:F1} ms"));
    }

    private static async Task<int> PeerAsync(CspDatabase database, bool split)
    {
        await using var connection = await database.OpenConnectionAsync(default).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        const string open = "c.status IN ('Open', 'UnderReview')";
        const string partner = "c.lead_agency_id <> 1 AND c.lead_agency_id IN (2) AND EXISTS (SELECT 1 FROM case_agencies p WHERE p.case_id = c.id AND p.agency_id = 1)";
        string[] parts = split ? ["c.lead_agency_id = 1", partner] : [$"(c.lead_agency_id = 1 OR ({partner}))"];
        var total = 0;
        var ids = new List<(string Opened, long Id)>();
        foreach (var part in parts)
        {
            command.CommandText = $"SELECT count(*) FROM asb_cases c WHERE {part} AND {open}";
            total += Convert.ToInt32(await command.ExecuteScalarAsync().ConfigureAwait(false), Inv);
            command.CommandText = $"SELECT c.id, c.opened_on FROM asb_cases c WHERE {part} AND {open} ORDER BY c.opened_on DESC, c.id DESC LIMIT 50";
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false)) ids.Add((reader.GetString(1), reader.GetInt64(0)));
        }
        var page = ids.OrderByDescending(i => i.Opened, StringComparer.Ordinal).ThenByDescending(i => i.Id).Take(50).Select(i => i.Id.ToString(Inv));
        command.CommandText = $"SELECT c.id, c.reference, c.case_type, c.status, a.name, c.lead_officer, c.location, c.ward, c.opened_on, c.risk_level, c.risk_score, c.reassess_by, c.demo " +
                              $"FROM asb_cases c JOIN agencies a ON a.id = c.lead_agency_id WHERE c.id IN ({string.Join(",", page)})";
        var rows = 0;
        await using (var reader = await command.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false)) rows++;
        }
        return total + rows;
    }

    private static string Reference(int id) => string.Create(Inv, $"ASB-2025-{id:D6}");

    private static string PersonName(int id) => string.Create(Inv, $"Person Sample{id:D6}");

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>
    /// Generated cases (seed 19): lead agency mostly the council (1) or police (2), one partner each, 200 lead officers,
    /// a victim and a perpetrator each, incidents over two years, a risk level on most, a fifth closed.
    /// </summary>
    private static async Task FillAsync(CspDatabase database, int cases, int incidentsPerCase)
    {
        var random = new Random(19);
        var start = new DateOnly(2024, 1, 1);
        const string now = "2025-12-18T12:00:00.0000000+00:00";
        string[] types = ["Noise", "Youth nuisance", "Neighbour nuisance", "Drug-related ASB"];
        string?[] levels = [null, "Standard", "Standard", "Medium", "High"];
        await using var connection = await database.OpenConnectionAsync(default).ConfigureAwait(false);
        await using (var sink = await RowSink.OpenAsync(connection, "asb_cases", ["id", "reference", "case_type", "status", "lead_agency_id", "lead_officer", "location", "location_key", "ward", "opened_on", "risk_level", "risk_score", "reassess_by", "demo", "created_at"]).ConfigureAwait(false))
        {
            for (var id = 1; id <= cases; id++)
            {
                var opened = start.AddDays(random.Next(700));
                var level = levels[random.Next(levels.Length)];
                var street = random.Next(cases / 4);
                var location = string.Create(Inv, $"{street % 90 + 1} Example Road {street / 90}, Gravesend");
                await sink.AddAsync([(long)id, Reference(id), types[random.Next(types.Length)], random.Next(5) == 0 ? "Closed" : "Open", random.Next(10) < 6 ? 1L : random.Next(2) == 0 ? 2L : (long)(3 + random.Next(5)),
                    "officer" + random.Next(200).ToString(Inv), location, AsbCases.LocationKey(location), "Pelham", opened.ToString("yyyy-MM-dd", Inv), level,
                    level is null ? null : random.Next(40), level is null ? null : opened.AddDays(random.Next(120)).ToString("yyyy-MM-dd", Inv), false, now]).ConfigureAwait(false);
            }
        }
        await using (var sink = await RowSink.OpenAsync(connection, "case_agencies", ["case_id", "agency_id"]).ConfigureAwait(false))
        {
            for (var id = 1; id <= cases; id++) await sink.AddAsync([(long)id, (long)(1 + random.Next(7))]).ConfigureAwait(false);
        }
        await using (var sink = await RowSink.OpenAsync(connection, "people", ["id", "name", "vulnerable", "demo", "created_at"]).ConfigureAwait(false))
        {
            for (var id = 1; id <= 2 * cases; id++) await sink.AddAsync([(long)id, PersonName(id), false, false, now]).ConfigureAwait(false);
        }
        await using (var sink = await RowSink.OpenAsync(connection, "case_people", ["case_id", "person_id", "role", "added_on"]).ConfigureAwait(false))
        {
            for (var id = 1; id <= cases; id++)
            {
                await sink.AddAsync([(long)id, (long)(2 * id - 1), "Victim", "2025-01-01"]).ConfigureAwait(false);
                await sink.AddAsync([(long)id, (long)(2 * id), "Perpetrator", "2025-01-01"]).ConfigureAwait(false);
            }
        }
        await using (var sink = await RowSink.OpenAsync(connection, "case_incidents", ["id", "case_id", "occurred_on", "description", "reported_by_id", "reference", "created_at"]).ConfigureAwait(false))
        {
            long incident = 0;
            for (var id = 1; id <= cases; id++)
            {
                for (var i = 0; i < incidentsPerCase; i++)
                {
                    incident++;
                    await sink.AddAsync([incident, (long)id, start.AddDays(random.Next(700)).ToString("yyyy-MM-dd", Inv), "Loud music late at night", (long)(2 * id - 1), "INC/" + incident.ToString(Inv), now]).ConfigureAwait(false);
                }
            }
        }
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // Explicit ids leave the identity sequences behind; move them on, and give the planner statistics.
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT setval(pg_get_serial_sequence('asb_cases','id'), (SELECT max(id) FROM asb_cases)); SELECT setval(pg_get_serial_sequence('people','id'), (SELECT max(id) FROM people)); " +
                                  "SELECT setval(pg_get_serial_sequence('case_incidents','id'), (SELECT max(id) FROM case_incidents)); ANALYZE;";
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        else
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "ANALYZE;";
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Rows into one table: PostgreSQL's binary COPY, or SQLite's prepared INSERT in one transaction.</summary>
    private sealed class RowSink : IAsyncDisposable
    {
        private NpgsqlBinaryImporter? _copy;
        private DbCommand? _insert;
        private DbTransaction? _transaction;

        public static async Task<RowSink> OpenAsync(DbConnection connection, string table, string[] columns)
        {
            var sink = new RowSink();
            if (connection is NpgsqlConnection pg)
            {
                sink._copy = await pg.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)").ConfigureAwait(false);
                return sink;
            }
            sink._transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            sink._insert = connection.CreateCommand();
            sink._insert.Transaction = sink._transaction;
            sink._insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(Inv)))})";
            for (var i = 0; i < columns.Length; i++)
            {
                var p = sink._insert.CreateParameter();
                p.ParameterName = "$p" + i.ToString(Inv);
                sink._insert.Parameters.Add(p);
            }
            return sink;
        }

        public async Task AddAsync(object?[] values)
        {
            if (_copy is not null)
            {
                await _copy.StartRowAsync().ConfigureAwait(false);
                foreach (var v in values)
                {
                    switch (v)
                    {
                        case null: await _copy.WriteNullAsync().ConfigureAwait(false); break;
                        case long l: await _copy.WriteAsync(l, NpgsqlDbType.Bigint).ConfigureAwait(false); break;
                        case int n: await _copy.WriteAsync(n, NpgsqlDbType.Integer).ConfigureAwait(false); break;
                        case bool b: await _copy.WriteAsync(b, NpgsqlDbType.Boolean).ConfigureAwait(false); break;
                        default: await _copy.WriteAsync((string)v, NpgsqlDbType.Text).ConfigureAwait(false); break;
                    }
                }
                return;
            }
            for (var i = 0; i < values.Length; i++) _insert!.Parameters[i].Value = values[i] ?? DBNull.Value;
            await _insert!.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            if (_copy is not null)
            {
                await _copy.CompleteAsync().ConfigureAwait(false);
                await _copy.DisposeAsync().ConfigureAwait(false);
            }
            if (_transaction is not null)
            {
                await _transaction.CommitAsync().ConfigureAwait(false);
                await _transaction.DisposeAsync().ConfigureAwait(false);
            }
            if (_insert is not null) await _insert.DisposeAsync().ConfigureAwait(false);
        }
    }
}
