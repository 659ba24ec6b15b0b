using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
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
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

using Csp.Testing;

namespace Csp.Benchmarks.Assessment;

/// <summary>
/// The assessment for every district of every force in the all-forces data, and the aggregation under it at 1 to 10
/// million rows, against the same aggregation written as SQL (GROUP BY district, crime type, month) in SQLite, DuckDB and
/// PostgreSQL over the same rows, in the same run. Every side gets one warm-up and the same number of timed runs and is
/// reported by its median and range; every run's row total is checked, so no side is timed doing less.
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

    public async Task RunAsync(string input, string home, bool skipPostgres, int maxRows, int runs, CancellationToken ct)
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
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Machine load at the start (1, 5, 15 min): {Load()}. Every side: 1 warm-up, then {runs} timed runs; median [min-max]."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Aggregation (rows -> counts by LSOA, crime type and month; CrimeCounts.CountInto, which the import counts each file's rows with), into one array kept between runs; {Environment.ProcessorCount} cores here:"));
        var sizes = new[] { 1_000_000, 2_000_000, 5_000_000, 10_000_000 }.Where(s => s <= total).Append(records.Count).Distinct().Order().ToList();
        var ours = new Dictionary<int, Timing>();
        var buffer = new int[units.Count * types.Count * monthCount];
        foreach (var size in sizes)
        {
            // The clock stops when the counts are in the array; the check of every run's total (a pass over the array that
            // the aggregation does not need) is outside it. The SQL sides' runs end when their result rows are read.
            var timing = Timing.Measure(runs,
                () => CrimeCounts.CountInto(buffer, units.Count, types.Count, monthCount, unit10.AsMemory(0, size), type10.AsMemory(0, size), month10.AsMemory(0, size)),
                () => Sum(buffer), size);
            ours[size] = timing;
            // What the aggregation must read: 4 + 1 + 2 bytes a row; the counts (written) stay in the cache.
            var bytes = 7.0 * size;
            var limitMs = bytes / MemoryReadBytesPerSecond * 1e3;
            var threads = CrimeCounts.ThreadsFor(size, buffer.Length);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  CSP Workbench  {size,12:N0} rows, {threads} thread(s) {timing} ({timing.Cpu})   reads {bytes / 1e6:F1} MB: {limitMs:F2} ms at 22 GB/s; ours {timing.Median / limitMs:F1}x that by the clock (goal 5x; {timing.Median * threads / limitMs:F1}x the {threads} core(s)' {threads * 22} GB/s), {timing.CpuMedian / limitMs:F1}x by CPU time, every thread"));
        }

        var counts = CrimeCounts.Aggregate(units, types, first, monthCount, records.Unit.AsMemory(0, records.Count), records.Type.AsMemory(0, records.Count), records.Month.AsMemory(0, records.Count));
        var scheme = new OffenceScheme(
            OffenceScheme.ParseGroups(Csp.Ingest.Configuration.ConfigurationCsv.Read(Path.Combine(home, "data", "config", "offence-categories.csv"), []), "categories", []),
            OffenceScheme.ParseHarmWeights(Csp.Ingest.Configuration.ConfigurationCsv.Read(Path.Combine(home, "data", "config", "harm-weights.csv"), []), "harm", []));
        var last = first.AddMonths(monthCount - 1);
        // Half the months against the half before; one month of input has no month before it in the data, so it is
        // compared with the same month a year earlier, which counts as nothing (the work is the same).
        var periods = monthCount >= 2
            ? PeriodComparison.Explicit(new MonthRange(first.AddMonths(monthCount / 2), last), new MonthRange(first, first.AddMonths(monthCount / 2 - 1)))
            : PeriodComparison.Explicit(new MonthRange(first, last), new MonthRange(first.AddMonths(-12), last.AddMonths(-12)));
        var assessed = 0;
        var every = Timing.Measure(runs, () =>
        {
            var shared = new Dictionary<string, long[][]>(StringComparer.Ordinal);
            foreach (var d in districts) AssessmentEngine.Assess(counts, areas, new AssessmentRequest(d, periods, scheme, PriorityJudgements.Default, 2022, [], false), shared);
            assessed = districts.Count;
            return assessed;
        }, districts.Count);
        var gravesham = districts.FirstOrDefault(d => d.Code == "E07000109") ?? districts[0];
        var one = Timing.Measure(runs, () => AssessmentEngine.Assess(counts, areas, new AssessmentRequest(gravesham, periods, scheme, PriorityJudgements.Default, 2022, [], false)).Rows.Count, null);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Whole assessment (all categories, {periods.Period} against {periods.Baseline}, rates, ranks, county, significance, findings, priorities):"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  every district: {assessed} districts in {every} ({every.Median / assessed:F2} ms each, after aggregating {records.Count:N0} rows in {ours[records.Count].Median:F1} ms)"));
        var whole = every.Median + ours[records.Count].Median;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  one district ({gravesham.Name}): {one}"));

        var districtOfUnit = new string[units.Count];
        foreach (var d in districts)
        {
            foreach (var u in areas.UnitsOf(d.Code)) districtOfUnit[u] = d.Code;
        }
        output.WriteLine();
        output.WriteLine("The same aggregation as SQL (SELECT district, crime type, month, count(*) ... JOIN units ... GROUP BY), warm, each with its default threads:");
        var peerSizes = new[] { records.Count, total }.Distinct().ToList();
        var work = Directory.CreateTempSubdirectory("csp-bench-assess-").FullName;
        void Compare(string peer, int size, Timing timing, string goal)
        {
            var mine = ours.GetValueOrDefault(size);
            var ratio = mine is null ? double.NaN : timing.Median / mine.Median;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {peer,-18} {size,12:N0} rows {timing}   ours {mine?.Median ?? double.NaN,7:F2} ms   ours is {ratio:F1}x faster{goal}"));
        }
        try
        {
            foreach (var size in peerSizes)
            {
                // SQLite at the real rows only: at 10 million each of its runs takes about a minute on this machine.
                if (size == records.Count) Compare($"SQLite {SqliteVersion()}", size, SqliteAggregation(Path.Combine(work, $"rows{size}.sqlite"), districtOfUnit, unit10, type10, month10, size, runs), "");
                Compare($"DuckDB {DuckDbVersion()}", size, DuckDbAggregation(districtOfUnit, unit10, type10, month10, size, runs), " (goal 10x)");
            }
            if (!skipPostgres)
            {
                await using var server = new TemporaryPostgresServer();
                await server.StartAsync().ConfigureAwait(false);
                foreach (var size in peerSizes)
                {
                    var pg = await PostgresAggregationAsync(await server.CreateDatabaseAsync().ConfigureAwait(false), districtOfUnit, unit10, type10, month10, size, runs, ct).ConfigureAwait(false);
                    Compare("PostgreSQL", size, pg, " (goal 30x)");
                    if (size == records.Count)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  PostgreSQL's aggregation alone ({pg.Median:F0} ms) against our whole assessment of every district including the aggregation ({whole:F0} ms): {pg.Median / whole:F1}x"));
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(work, true);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Machine load at the end (1, 5, 15 min): {Load()}."));
    }

    /// <summary>The memory-read limit the goals are stated against: about 22 GB/s for one core of this machine.</summary>
    private const double MemoryReadBytesPerSecond = 22e9;

    private static long Sum(int[] counts)
    {
        long total = 0;
        foreach (var c in counts) total += c;
        return total;
    }

    private static string Load()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>Run times of one side: a warm-up, then the timed runs, each by the wall clock and by the process's CPU time (every thread).</summary>
    /// <remarks>
    /// The CPU time is the work itself when the machine is loaded (a run of a few milliseconds then mostly waits for a
    /// core); it is printed for ours only: DuckDB's threads are in this process too, PostgreSQL's work in the server's.
    /// </remarks>
    private sealed class Timing
    {
        private readonly double[] _ms;
        private readonly double[] _cpuMs;

        private Timing(double[] ms, double[] cpuMs)
        {
            Array.Sort(ms);
            Array.Sort(cpuMs);
            _ms = ms;
            _cpuMs = cpuMs;
        }

        public double Median => MedianOf(_ms);

        public double CpuMedian => MedianOf(_cpuMs);

        public string Cpu => string.Create(CultureInfo.InvariantCulture, $"cpu {CpuMedian:F2} ms [{_cpuMs[0]:F2}-{_cpuMs[^1]:F2}]");

        private static double MedianOf(double[] sorted) => sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;

        /// <summary>
        /// Times <paramref name="run"/>; its result is checked against <paramref name="expected"/> (rows counted, when
        /// given) so that no side is timed doing less than the others.
        /// </summary>
        public static Timing Measure(int runs, Func<long> run, long? expected)
        {
            var last = 0L;
            return Measure(runs, () => last = run(), () => last, expected);
        }

        /// <summary>Times <paramref name="run"/> alone; <paramref name="result"/>, read after the clock stops, is checked as above.</summary>
        public static Timing Measure(int runs, Action run, Func<long> result, long? expected)
        {
            run();
            Check(result());
            var ms = new double[runs];
            var cpu = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var cpuStart = ProcessCpuMilliseconds();
                var w = Stopwatch.StartNew();
                run();
                ms[i] = w.Elapsed.TotalMilliseconds;
                cpu[i] = ProcessCpuMilliseconds() - cpuStart;
                Check(result());
            }
            return new Timing(ms, cpu);

            void Check(long total)
            {
                if (expected is { } e && total != e) throw new InvalidOperationException($"A benchmark run counted {total} where {e} were expected.");
            }
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Median,9:F2} ms [{_ms[0]:F2}-{_ms[^1]:F2}]");

        private static double ProcessCpuMilliseconds() =>
            OperatingSystem.IsLinux() && ClockGetTime(2, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds * 1e-6 : double.NaN; // 2: CLOCK_PROCESS_CPUTIME_ID

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);
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

    private static Timing SqliteAggregation(string path, string[] districtOfUnit, int[] unit, byte[] type, short[] month, int size, int runs)
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
        return Timing.Measure(runs, () =>
        {
            using var q = connection.CreateCommand();
            q.CommandText = AggregationSql;
            using var reader = q.ExecuteReader();
            long rows = 0;
            while (reader.Read()) rows += reader.GetInt64(3);
            return rows;
        }, size);
    }

    private static async Task<Timing> PostgresAggregationAsync(string connectionString, string[] districtOfUnit, int[] unit, byte[] type, short[] month, int size, int runs, CancellationToken ct)
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
        return Timing.Measure(runs, () =>
        {
            using var q = new NpgsqlCommand(AggregationSql, connection);
            using var reader = q.ExecuteReader();
            long rows = 0;
            while (reader.Read()) rows += reader.GetInt64(3);
            return rows;
        }, size);
    }

    /// <summary>The rows of LSOAs outside every district (none in the all-forces data) count under a NULL district.</summary>
    private const string AggregationSql = "SELECT u.district, r.type, r.month, count(*) FROM rows r JOIN units u ON u.unit = r.unit GROUP BY u.district, r.type, r.month";

    private static string DuckDbVersion()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var q = connection.CreateCommand();
        q.CommandText = "SELECT version()";
        return (string)q.ExecuteScalar()!;
    }

    /// <summary>DuckDB in memory (as an analyst would use it for this), rows loaded through its appender.</summary>
    private static Timing DuckDbAggregation(string[] districtOfUnit, int[] unit, byte[] type, short[] month, int size, int runs)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE units(unit INTEGER PRIMARY KEY, district VARCHAR); CREATE TABLE rows(unit INTEGER, type UTINYINT, month SMALLINT);";
            create.ExecuteNonQuery();
        }
        using (var appender = connection.CreateAppender("units"))
        {
            for (var i = 0; i < districtOfUnit.Length; i++)
            {
                var row = appender.CreateRow().AppendValue(i);
                (districtOfUnit[i] is null ? row.AppendNullValue() : row.AppendValue(districtOfUnit[i])).EndRow();
            }
        }
        using (var appender = connection.CreateAppender("rows"))
        {
            for (var i = 0; i < size; i++) appender.CreateRow().AppendValue(unit[i]).AppendValue(type[i]).AppendValue(month[i]).EndRow();
        }
        return Timing.Measure(runs, () =>
        {
            using var q = connection.CreateCommand();
            q.CommandText = AggregationSql;
            using var reader = q.ExecuteReader();
            long rows = 0;
            while (reader.Read()) rows += reader.GetInt64(3);
            return rows;
        }, size);
    }
}
