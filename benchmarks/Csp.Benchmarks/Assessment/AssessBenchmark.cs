using System.Diagnostics;
using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;
using Csp.Ingest.Csv;
using Csp.Ingest.Geography;
using Csp.Ingest.PoliceUk;
using Csp.Ingest.Population;
using Csp.Ingest.Sources;
using Csp.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

using Csp.Testing;

namespace Csp.Benchmarks.Assessment;

/// <summary>
/// The assessment for every district of every force in the all-forces data, and the aggregation under it at 1 to 10
/// million rows, against the same aggregation written as SQL (GROUP BY district, crime type, month) in SQLite and
/// PostgreSQL over the same rows, in the same run.
/// </summary>
internal sealed class AssessBenchmark(TextWriter output)
{
    private sealed class Records
    {
        public int[] Unit = new int[1 << 20];
        public byte[] Type = new byte[1 << 20];
        public short[] Month = new short[1 << 20];
        public int Count;

        public void Add(int unit, byte type, short month)
        {
            if (Count == Unit.Length)
            {
                Array.Resize(ref Unit, Count * 2);
                Array.Resize(ref Type, Count * 2);
                Array.Resize(ref Month, Count * 2);
            }
            (Unit[Count], Type[Count], Month[Count]) = (unit, type, month);
            Count++;
        }
    }

    public async Task RunAsync(string input, string home, bool skipPostgres, int maxRows, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var units = new List<string>();
        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var types = new List<string>();
        var records = new Records();
        var first = new YearMonth(9999, 12);
        var rows = new List<(string Unit, string Type, YearMonth Month)>();
        var pool = new StringPool();
        foreach (var file in InputFiles.Expand([input], [".csv"], out _))
        {
            using var stream = file.Open();
            using var reader = new PoliceUkCsvReader(stream, file.Name, new YearMonth(2100, 1), pool);
            if (!reader.Open()) continue;
            while (reader.TryRead(out var r))
            {
                if (r.LsoaCode is null) continue;
                rows.Add((r.LsoaCode, r.CrimeType, r.Month));
                if (r.Month < first) first = r.Month;
            }
        }
        foreach (var (unit, type, month) in rows)
        {
            if (!unitIndex.TryGetValue(unit, out var u))
            {
                unitIndex[unit] = u = units.Count;
                units.Add(unit);
            }
            var t = types.IndexOf(type);
            if (t < 0)
            {
                t = types.Count;
                types.Add(type);
            }
            records.Add(u, (byte)t, (short)(month.Index - first.Index));
        }
        var monthCount = records.Month.AsSpan(0, records.Count).ToArray().Max() + 1;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count:N0} located rows, {units.Count:N0} LSOAs, {types.Count} crime types, {monthCount} months from {first}; read in {watch.Elapsed.TotalSeconds:F1} s"));

        var areas = LoadAreas(home, units, out var districts);
        output.WriteLine($"{districts.Count} districts with data in {districts.Select(d => areas.County(d)?.Code).Distinct().Count()} force areas");

        // Tile the real rows to 10 million for the scaling figures.
        var total = Math.Max(records.Count, maxRows);
        var unit10 = new int[total];
        var type10 = new byte[total];
        var month10 = new short[total];
        for (var i = 0; i < total; i++)
        {
            var j = i % records.Count;
            (unit10[i], type10[i], month10[i]) = (records.Unit[j], records.Type[j], records.Month[j]);
        }

        output.WriteLine();
        output.WriteLine("Aggregation (rows -> counts by LSOA, crime type and month), best of 5:");
        var sizes = new[] { 1_000_000, 2_000_000, 5_000_000, 10_000_000 }.Where(s => s <= total).Append(records.Count).Distinct().Order().ToList();
        var ours = new Dictionary<int, double>();
        foreach (var size in sizes)
        {
            var best = double.MaxValue;
            for (var rep = 0; rep < 5; rep++)
            {
                var w = Stopwatch.StartNew();
                CrimeCounts.Aggregate(units, types, first, monthCount, unit10.AsMemory(0, size), type10.AsMemory(0, size), month10.AsMemory(0, size));
                best = Math.Min(best, w.Elapsed.TotalMilliseconds);
            }
            ours[size] = best;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  CSP Workbench  {size,12:N0} rows {best,9:F1} ms"));
        }

        var counts = CrimeCounts.Aggregate(units, types, first, monthCount, records.Unit.AsMemory(0, records.Count), records.Type.AsMemory(0, records.Count), records.Month.AsMemory(0, records.Count));
        var scheme = new OffenceScheme(
            OffenceScheme.ParseGroups(File.ReadAllLines(Path.Combine(home, "data", "config", "offence-categories.csv")), "categories", []),
            OffenceScheme.ParseHarmWeights(File.ReadAllLines(Path.Combine(home, "data", "config", "harm-weights.csv")), "harm", []));
        var periods = PeriodComparison.Explicit(new MonthRange(first.AddMonths(monthCount / 2), first.AddMonths(monthCount - 1)), new MonthRange(first, first.AddMonths(monthCount / 2 - 1)));
        var all = Stopwatch.StartNew();
        var assessed = 0;
        var shared = new Dictionary<string, long[][]>(StringComparer.Ordinal);
        foreach (var d in districts)
        {
            AssessmentEngine.Assess(counts, areas, new AssessmentRequest(d, periods, scheme, PriorityJudgements.Default, 2022, [], false), shared);
            assessed++;
        }
        var allMs = all.Elapsed.TotalMilliseconds;
        double whole;
        var gravesham = districts.FirstOrDefault(d => d.Code == "E07000109") ?? districts[0];
        var one = double.MaxValue;
        for (var rep = 0; rep < 5; rep++)
        {
            var w = Stopwatch.StartNew();
            AssessmentEngine.Assess(counts, areas, new AssessmentRequest(gravesham, periods, scheme, PriorityJudgements.Default, 2022, [], false));
            one = Math.Min(one, w.Elapsed.TotalMilliseconds);
        }
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Whole assessment (all categories, {periods.Period} against {periods.Baseline}, rates, ranks, county, significance, findings, priorities):"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  every district: {assessed} districts in {allMs:F0} ms ({allMs / assessed:F2} ms each, after aggregating {records.Count:N0} rows in {ours[records.Count]:F1} ms)"));
        whole = allMs + ours[records.Count];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  one district ({gravesham.Name}): {one:F2} ms"));

        var districtOfUnit = new string[units.Count];
        foreach (var d in districts)
        {
            foreach (var u in areas.UnitsOf(d.Code)) districtOfUnit[u] = d.Code;
        }
        output.WriteLine();
        output.WriteLine("The same aggregation as SQL (SELECT district, crime type, month, count(*) ... GROUP BY), warm, best of 3:");
        var peerSizes = new[] { records.Count, total }.Distinct().ToList();
        var work = Directory.CreateTempSubdirectory("csp-bench-assess-").FullName;
        try
        {
            foreach (var size in peerSizes)
            {
                var sqlite = SqliteAggregation(Path.Combine(work, $"rows{size}.sqlite"), districtOfUnit, unit10, type10, month10, size);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  SQLite {SqliteVersion()}  {size,12:N0} rows {sqlite,9:F0} ms   ours {ours.GetValueOrDefault(size, double.NaN),7:F1} ms   ours is {sqlite / ours.GetValueOrDefault(size, double.NaN):F0}x faster"));
            }
            if (!skipPostgres)
            {
                await using var server = new TemporaryPostgresServer();
                await server.StartAsync().ConfigureAwait(false);
                foreach (var size in peerSizes)
                {
                    var pg = await PostgresAggregationAsync(await server.CreateDatabaseAsync().ConfigureAwait(false), districtOfUnit, unit10, type10, month10, size, ct).ConfigureAwait(false);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  PostgreSQL        {size,12:N0} rows {pg,9:F0} ms   ours {ours.GetValueOrDefault(size, double.NaN),7:F1} ms   ours is {pg / ours.GetValueOrDefault(size, double.NaN):F0}x faster (goal 30x)"));
                    if (size == records.Count)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  PostgreSQL's aggregation alone ({pg:F0} ms) against our whole assessment of every district including the aggregation ({whole:F0} ms): {pg / whole:F1}x"));
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(work, true);
        }
    }

    private static string SqliteVersion()
    {
        using var c = new SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "select sqlite_version()";
        return (string)cmd.ExecuteScalar()!;
    }

    private static AreaModel LoadAreas(string home, List<string> units, out List<Area> districts)
    {
        var memberships = new List<LsoaMembership>();
        var partnerships = new List<DistrictPartnership>();
        foreach (var file in InputFiles.Expand([Path.Combine(home, "data", "sample", "geography")], [".csv"], out _))
        {
            using var s = file.Open();
            var lookup = GeographyLookupReader.Read(s, file.Name);
            memberships.AddRange(lookup.Lsoas);
            partnerships.AddRange(lookup.Partnerships);
        }
        var areas = new Dictionary<string, Area>(StringComparer.Ordinal);
        foreach (var p in partnerships)
        {
            areas[p.ForceAreaCode] = new Area(p.ForceAreaCode, p.ForceAreaName, AreaLevel.ForceArea, null);
            areas[p.PartnershipCode] = new Area(p.PartnershipCode, p.PartnershipName, AreaLevel.CommunitySafetyPartnership, p.ForceAreaCode);
            areas[p.DistrictCode] = new Area(p.DistrictCode, p.DistrictName, AreaLevel.District, p.PartnershipCode);
        }
        var index = units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
        var unitsOf = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var forceOf = partnerships.GroupBy(p => p.DistrictCode).ToDictionary(g => g.Key, g => g.First().ForceAreaCode);
        foreach (var m in memberships)
        {
            if (!index.TryGetValue(m.LsoaCode, out var u) || !areas.TryGetValue(m.DistrictCode, out var district)) continue;
            foreach (var code in new[] { district.Code, district.ParentCode!, forceOf[district.Code] })
            {
                if (!unitsOf.TryGetValue(code, out var set)) unitsOf[code] = set = [];
                set.Add(u);
            }
        }
        var population = new Dictionary<(string, int), long>();
        var mye = Path.Combine(home, "data", "sample", "population", "MYE2_persons_mid2022_by_LA_DERIVED.csv.gz");
        foreach (var file in InputFiles.Expand([mye], [".csv"], out _))
        {
            using var s = file.Open();
            using var reader = new PopulationCsvReader(s, file.Name);
            if (reader.Open())
            {
                foreach (var e in reader.Rows().Where(e => e.AgeBand == "all")) population.TryAdd((e.AreaCode, e.Year), e.Persons);
            }
        }
        foreach (var group in partnerships.GroupBy(p => p.PartnershipCode)) population.TryAdd((group.Key, 2022), group.Select(p => population.GetValueOrDefault((p.DistrictCode, 2022))).Sum());
        foreach (var group in partnerships.GroupBy(p => p.ForceAreaCode)) population.TryAdd((group.Key, 2022), group.DistinctBy(p => p.DistrictCode).Select(p => population.GetValueOrDefault((p.DistrictCode, 2022))).Sum());
        districts = areas.Values.Where(a => a.Level == AreaLevel.District && unitsOf.ContainsKey(a.Code)).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        return new AreaModel(areas.Values, unitsOf.ToDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray()), population, forceOf);
    }

    private static double SqliteAggregation(string path, string[] districtOfUnit, int[] unit, byte[] type, short[] month, int size)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE TABLE units(unit INTEGER PRIMARY KEY, district TEXT); CREATE TABLE rows(unit INTEGER, type INTEGER, month INTEGER);";
            create.ExecuteNonQuery();
        }
        using (var tx = connection.BeginTransaction())
        {
            using var u = connection.CreateCommand();
            u.Transaction = tx;
            u.CommandText = "INSERT INTO units VALUES ($u, $d)";
            var pu = u.Parameters.Add("$u", SqliteType.Integer);
            var pd = u.Parameters.Add("$d", SqliteType.Text);
            for (var i = 0; i < districtOfUnit.Length; i++)
            {
                pu.Value = i;
                pd.Value = (object?)districtOfUnit[i] ?? DBNull.Value;
                u.ExecuteNonQuery();
            }
            using var r = connection.CreateCommand();
            r.Transaction = tx;
            r.CommandText = "INSERT INTO rows VALUES ($u, $t, $m)";
            var ru = r.Parameters.Add("$u", SqliteType.Integer);
            var rt = r.Parameters.Add("$t", SqliteType.Integer);
            var rm = r.Parameters.Add("$m", SqliteType.Integer);
            r.Prepare();
            for (var i = 0; i < size; i++)
            {
                ru.Value = unit[i];
                rt.Value = type[i];
                rm.Value = month[i];
                r.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return Best(3, () =>
        {
            using var q = connection.CreateCommand();
            q.CommandText = "SELECT u.district, r.type, r.month, count(*) FROM rows r JOIN units u ON u.unit = r.unit GROUP BY u.district, r.type, r.month";
            using var reader = q.ExecuteReader();
            while (reader.Read())
            {
            }
        });
    }

    private static async Task<double> PostgresAggregationAsync(string connectionString, string[] districtOfUnit, int[] unit, byte[] type, short[] month, int size, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using (var create = new NpgsqlCommand("CREATE TABLE units(unit integer PRIMARY KEY, district text); CREATE TABLE rows(unit integer, type smallint, month smallint);", connection))
        {
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await using (var copy = await connection.BeginBinaryImportAsync("COPY units FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            for (var i = 0; i < districtOfUnit.Length; i++)
            {
                await copy.StartRowAsync(ct).ConfigureAwait(false);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                if (districtOfUnit[i] is null) await copy.WriteNullAsync(ct).ConfigureAwait(false);
                else await copy.WriteAsync(districtOfUnit[i], NpgsqlDbType.Text, ct).ConfigureAwait(false);
            }
            await copy.CompleteAsync(ct).ConfigureAwait(false);
        }
        using (var copy = connection.BeginBinaryImport("COPY rows FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < size; i++)
            {
                copy.StartRow();
                copy.Write(unit[i], NpgsqlDbType.Integer);
                copy.Write((short)type[i], NpgsqlDbType.Smallint);
                copy.Write(month[i], NpgsqlDbType.Smallint);
            }
            copy.Complete();
        }
        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE rows", connection)) await analyze.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return Best(3, () =>
        {
            using var q = new NpgsqlCommand("SELECT u.district, r.type, r.month, count(*) FROM rows r JOIN units u ON u.unit = r.unit GROUP BY u.district, r.type, r.month", connection);
            using var reader = q.ExecuteReader();
            while (reader.Read())
            {
            }
        });
    }

    private static double Best(int times, Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < times; i++)
        {
            var w = Stopwatch.StartNew();
            action();
            best = Math.Min(best, w.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
