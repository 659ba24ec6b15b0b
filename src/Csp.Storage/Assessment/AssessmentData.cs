using System.Data;
using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Periods;
using System.Data.Common;
using Csp.Storage;
using Csp.Storage.Areas;
using Csp.Storage.Diagnostics;

namespace Csp.Storage.Assessment;

/// <summary>
/// Loads what the assessment engine works on from the database: crime counts by LSOA, crime type and month (one
/// set-based GROUP BY), the area hierarchy with each area's LSOA units, population estimates, and the months held per force.
/// </summary>
/// <param name="MonthsByForce">The months held whole per force: a month that is incomplete (<see cref="IncompleteMonths"/>)
/// is not in it, so that every use of the data treats it as missing (a refusal, or figures labelled partial).</param>
public sealed record AssessmentData(CrimeCounts Counts, AreaModel Areas, IReadOnlyDictionary<string, IReadOnlySet<YearMonth>> MonthsByForce)
{
    /// <summary>Months held but not whole, per force, with why (<see cref="Status.ForceMonthsHeld"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<YearMonth, string>> IncompleteMonths { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<YearMonth, string>>();

    /// <summary>Why a force's month is not whole, or null when it is whole or not held at all.</summary>
    public string? Incomplete(string force, YearMonth month) =>
        IncompleteMonths.TryGetValue(force, out var months) && months.TryGetValue(month, out var reason) ? reason : null;

    /// <summary>The newest data-changing import when this was read (<see cref="StampAsync"/>): a later stamp means it is out of date.</summary>
    public long Stamp { get; init; }

    /// <summary>Mid-year estimates are preferred to census counts for the same year.</summary>
    private static readonly string[] SourcePreference = ["ONS mid-year estimate", "Census 2021", "Census 2011"];

    public static Task<AssessmentData> LoadAsync(CspDatabase database, CancellationToken cancellationToken) => LoadAsync(database, null, cancellationToken);

    /// <param name="scope">The areas whose districts' LSOAs to read (a command about one area); null: all the data (the web app).</param>
    public static async Task<AssessmentData> LoadAsync(CspDatabase database, AssessmentScope? scope, CancellationToken cancellationToken)
    {
        StartupTrace.Mark("assessment data: opening the database");
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        StartupTrace.Mark("assessment data: database open");
        return await Task.Run(() =>
        {
            // One snapshot of the database for every query below (PostgreSQL: repeatable read; SQLite: a read transaction),
            // so that an import committed part way through the reading (another process's, or the web app's own) is
            // either wholly in the data or wholly out of it, and the stamp says which.
            // (SQLite's deferred BEGIN takes no lock until it reads: in WAL mode it never blocks, nor is blocked by, an import.)
            using var transaction = connection is Microsoft.Data.Sqlite.SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : connection.BeginTransaction(IsolationLevel.RepeatableRead);
            var stamp = Sql.Long(connection, transaction, StampSql);
            // The counts the import keeps (migration 0013), one row per force, month, LSOA and crime type: the cells of
            // different forces in one LSOA are added up as the GROUP BY over the rows did. A scope reads the counts of its
            // districts' LSOAs only, and from here on is as a whole read: the districts that hold an LSOA of the counts read,
            // their lookups, wards and LSOAs.
            var (counts, counted) = ReadCounts(connection, transaction, scope);
            StartupTrace.Mark($"assessment data: {counts.Units.Count:N0} LSOAs' counts read");

            // The lookups of the districts that hold an LSOA of the counted data, with every ward and LSOA they list, and every
            // area above ward level: all that any area with crime counts, its siblings, county and wards need. The wards and
            // LSOAs of other districts (most of England and Wales beside one force's data) have no counts; asked for by name
            // or code they are read from the database (AreaFinder). Reading them all cost a command started cold more than
            // the assessment itself.
            var dataDistricts = $"""
                WITH data_districts AS (
                    SELECT DISTINCT district_code FROM lsoa_memberships WHERE lsoa_code IN (SELECT code FROM police_lsoas WHERE id IN ({counted.Sql})))
                """;
            var parameters = new[] { counted.Parameter };
            var areas = Sql.Query(connection, transaction, $"""
                {dataDistricts}, scoped AS (SELECT lsoa_code, ward_code FROM lsoa_memberships WHERE district_code IN (SELECT district_code FROM data_districts))
                SELECT {AreaDirectory.Columns} FROM areas
                WHERE level NOT IN ('Ward', 'Lsoa') OR code IN (SELECT ward_code FROM scoped) OR code IN (SELECT lsoa_code FROM scoped)
                """, AreaDirectory.Read, parameters);
            StartupTrace.Mark($"assessment data: {areas.Count:N0} areas read");
            var byCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
            var memberships = Sql.Query(connection, transaction, $"""
                {dataDistricts}
                SELECT lsoa_code, ward_code, district_code, vintage FROM lsoa_memberships WHERE district_code IN (SELECT district_code FROM data_districts)
                """,
                r => (Lsoa: r.GetString(0), Ward: r.GetString(1), District: r.GetString(2), Vintage: Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture)), parameters);
            StartupTrace.Mark($"assessment data: {memberships.Count:N0} lookup rows read");

            var held = Status.ForceMonthsHeld.Read(connection, transaction);
            var monthsByForce = held.GroupBy(x => x.Force)
                .ToDictionary(g => g.Key, g => (IReadOnlySet<YearMonth>)g.Where(x => x.Incomplete is null).Select(x => x.Month).ToHashSet());
            var incomplete = held.Where(x => x.Incomplete is not null).GroupBy(x => x.Force)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<YearMonth, string>)g.ToDictionary(x => x.Month, x => x.Incomplete!));

            StartupTrace.Mark("assessment data: force months read");
            // Force areas whose own force's data is held: a neighbour's few border LSOAs give no basis for a force-area figure or rank.
            var covered = areas.Where(a => a.Level == AreaLevel.ForceArea && monthsByForce.Keys.Any(f => Serves(f, a)))
                .Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            // Units of each area: an LSOA is in its ward of each lookup that lists it (the 2021 and the 2024 wards are two sets,
            // which the area model never lists, ranks or sums together), its district, the district's CSP, and the force area
            // when that force's data is held.
            var units = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            void Add(string code, int unit)
            {
                if (!units.TryGetValue(code, out var list)) units[code] = list = [];
                if (list.Count == 0 || list[^1] != unit) list.Add(unit);
            }
            var unitIndex = counts.Units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
            var districtOfUnit = new Dictionary<int, string>();
            var wardSets = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            foreach (var m in memberships)
            {
                if (!wardSets.TryGetValue(m.Ward, out var sets)) wardSets[m.Ward] = sets = [];
                sets.Add(WardVintage.OfLookup(m.Vintage));
            }
            // Newest vintage first, so that an LSOA's district is the one of the newest lookup (as its parent ward is).
            foreach (var m in memberships.Where(m => unitIndex.ContainsKey(m.Lsoa)).OrderBy(m => m.Lsoa, StringComparer.Ordinal).ThenByDescending(m => m.Vintage))
            {
                var u = unitIndex[m.Lsoa];
                Add(m.Lsoa, u);
                Add(m.Ward, u);
                districtOfUnit.TryAdd(u, m.District);
            }
            var forceAreaOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (u, district) in districtOfUnit.OrderBy(x => x.Key))
            {
                Add(district, u);
                for (var parent = byCode.GetValueOrDefault(district)?.ParentCode; parent is not null; parent = byCode.GetValueOrDefault(parent)?.ParentCode)
                {
                    var a = byCode.GetValueOrDefault(parent);
                    if (a is null || a.Level == AreaLevel.Country) break;
                    if (a.Level != AreaLevel.ForceArea || covered.Contains(a.Code)) Add(parent, u);
                    if (a.Level == AreaLevel.ForceArea) forceAreaOf.TryAdd(district, a.Code);
                }
            }

            StartupTrace.Mark("assessment data: units placed");
            var estimates = Sql.Query(connection, transaction, "SELECT area_code, year, source, persons FROM population_estimates WHERE age_band = 'all'",
                r => (Code: r.GetString(0), Year: Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), Source: r.GetString(2), Persons: r.GetInt64(3)));
            StartupTrace.Mark($"assessment data: {estimates.Count:N0} population estimates read");
            var population = new Dictionary<(string Code, int Year), long>();
            foreach (var e in estimates.OrderBy(e => Array.IndexOf(SourcePreference, e.Source) is var i && i < 0 ? 99 : i))
            {
                population.TryAdd((e.Code, e.Year), e.Persons);
            }
            AddUpPopulation(population, byCode, memberships.Select(m => (m.Lsoa, m.Ward, m.District, m.Vintage)).ToList(), districtOfUnit.Values.ToHashSet(StringComparer.Ordinal));

            StartupTrace.Mark("assessment data: populations read and added up");
            var model = new AreaModel(areas, units.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()), population, forceAreaOf,
                wardSets.ToDictionary(kv => kv.Key, kv => (IReadOnlyCollection<int>)kv.Value, StringComparer.Ordinal));
            transaction.Commit();
            StartupTrace.Mark("assessment data: area model built");
            return new AssessmentData(counts, model, monthsByForce) { IncompleteMonths = incomplete, Stamp = stamp };
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The counts as <see cref="CrimeCounts"/> (units the LSOA codes in order, crime types by name in order, every month
    /// from the first to the last), and the police_lsoas ids that hold a count, as SQL that lists them and its parameter.
    /// </summary>
    private static (CrimeCounts Counts, (string Sql, (string Name, object? Value) Parameter) Counted) ReadCounts(DbConnection connection, DbTransaction transaction,
        AssessmentScope? scope)
    {
        var (within, from, parameters) = scope is null ? ("", "street_counts", []) : Within(scope);
        // Kept as integers until the dense array is filled: four ints a cell, no strings.
        var (months, lsoas, types, records) = (new List<int>(), new List<int>(), new List<int>(), new List<int>());
        Sql.ForEachRow(connection, transaction, $"{within} SELECT month, lsoa_id, crime_type_id, records FROM {from}", 4, r =>
        {
            months.Add(r[0]);
            lsoas.Add(r[1]);
            types.Add(r[2]);
            records.Add(r[3]);
        }, parameters);
        StartupTrace.Mark($"assessment data: {months.Count:N0} counts read");
        var ids = lsoas.Distinct().Order().ToArray();
        // The ids as one parameter: SQLite reads a JSON array, PostgreSQL an integer[].
        (string Sql, (string, object?) Parameter) counted = connection is Microsoft.Data.Sqlite.SqliteConnection
            ? ("SELECT value FROM json_each(@ids)", ("ids", "[" + string.Join(',', ids) + "]"))
            : ("SELECT unnest(@ids)", ("ids", ids));
        var codes = Sql.Query(connection, transaction, $"SELECT id, code FROM police_lsoas WHERE id IN ({counted.Sql})",
            r => (Id: Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Code: r.GetString(1)), counted.Parameter);
        var typeNames = Sql.Query(connection, transaction, "SELECT id, name FROM crime_types", r => (Id: Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Name: r.GetString(1)))
            .ToDictionary(x => x.Id, x => x.Name);
        StartupTrace.Mark($"assessment data: {codes.Count:N0} LSOA codes and the crime types read");
        var present = types.Distinct().ToList();
        YearMonth first, last;
        List<string> typeList;
        if (scope is null)
        {
            if (months.Count == 0) return (new CrimeCounts([], [], new YearMonth(2000, 1), 0, []), counted);
            (first, last) = (YearMonth.FromNumber(months.Min()), YearMonth.FromNumber(months.Max()));
            typeList = present.Select(t => typeNames[t]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }
        else
        {
            // The whole data's months and crime types, so that all the assessment derives from them (its categories, the
            // data's first and last month, how far back its series go) is as a whole read gives it.
            if (Whole(connection, transaction, typeNames, present) is not { } whole) return (new CrimeCounts([], [], new YearMonth(2000, 1), 0, []), counted);
            (first, last, typeList) = whole;
        }
        StartupTrace.Mark("assessment data: the whole's months and crime types");
        var units = codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unitIndex = units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
        var unitOf = codes.ToDictionary(c => c.Id, c => unitIndex[c.Code]);
        var typeIndex = typeList.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var typeOf = typeNames.Where(t => typeIndex.ContainsKey(t.Value)).ToDictionary(t => t.Key, t => typeIndex[t.Value]);
        var monthCount = last.Index - first.Index + 1;
        var dense = new int[units.Count * typeList.Count * monthCount];
        for (var i = 0; i < months.Count; i++)
        {
            var m = YearMonth.FromNumber(months[i]).Index - first.Index;
            dense[(unitOf[lsoas[i]] * typeList.Count + typeOf[types[i]]) * monthCount + m] += records[i];
        }
        return (new CrimeCounts(units, typeList, first, monthCount, dense), counted);
    }

    /// <summary>
    /// The common table expressions that name a scope's LSOAs (<c>scope_lsoas</c>, their police_lsoas ids): every LSOA that a
    /// lookup lists in a district at or below a root; and the counts of those LSOAs, of every force.
    /// </summary>
    private static (string Within, string From, (string Name, object? Value)[] Parameters) Within(AssessmentScope scope)
    {
        var names = scope.Roots.Select((_, i) => "root" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var within = $"""
            WITH RECURSIVE scope_areas (code, level) AS (
                SELECT code, level FROM areas WHERE code IN ({string.Join(", ", names.Select(n => "@" + n))})
                UNION
                SELECT a.code, a.level FROM areas a JOIN scope_areas s ON a.parent_code = s.code WHERE s.level NOT IN ('District', 'Ward', 'Lsoa')),
            scope_lsoas AS (
                SELECT id FROM police_lsoas WHERE code IN (
                    SELECT lsoa_code FROM lsoa_memberships WHERE district_code IN (SELECT code FROM scope_areas WHERE level = 'District')))
            """;
        return (within, "street_counts WHERE lsoa_id IN (SELECT id FROM scope_lsoas)",
            names.Zip(scope.Roots, (n, r) => (n, (object?)r)).ToArray());
    }

    /// <summary>
    /// The first and last month and the crime types of all the counts, which a scope's counts take as theirs: the first
    /// and last month of each force are two seeks on the key (force, month, ...); a crime type that none of the scope's
    /// counts has is looked for in the others. Null when nothing is counted at all.
    /// </summary>
    private static (YearMonth First, YearMonth Last, List<string> CrimeTypes)? Whole(DbConnection connection, DbTransaction transaction,
        Dictionary<int, string> typeNames, IReadOnlyCollection<int> present)
    {
        var ranges = Sql.QueryIntegers(connection, transaction, """
            SELECT coalesce(min(first), 0), coalesce(max(last), 0) FROM (
                SELECT (SELECT min(month) FROM street_counts c WHERE c.force_id = f.id) AS first,
                       (SELECT max(month) FROM street_counts c WHERE c.force_id = f.id) AS last
                FROM police_forces f) x
            """, 2, r => (First: r[0], Last: r[1]));
        if (ranges is not [{ First: > 0 } range]) return null;
        var held = present.Select(t => typeNames[t]).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, name) in typeNames)
        {
            if (held.Contains(name)) continue;
            if (Sql.Long(connection, transaction, "SELECT count(*) FROM (SELECT 1 FROM street_counts WHERE crime_type_id = @type LIMIT 1) x", ("type", id)) > 0) held.Add(name);
        }
        return (YearMonth.FromNumber(range.First), YearMonth.FromNumber(range.Last), held.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The newest import that changed the data (any kind: police.uk, geography, population, incidents), as its id: the data
    /// a snapshot was read from is current while this has not moved. Unchanged and unfinished imports do not move it.
    /// </summary>
    private const string StampSql = "SELECT coalesce(max(id), 0) FROM import_files WHERE outcome NOT IN ('Importing', 'Unchanged')";

    /// <summary>The stamp of the data as it is now (<see cref="Stamp"/> of a snapshot read now): one indexed query.</summary>
    public static async Task<long> StampAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return Sql.Long(connection, null, StampSql);
    }

    /// <summary>
    /// Fills in populations that are sums of others: a CSP and a force area from their districts, a ward from its LSOAs,
    /// for each year where every part has an estimate.
    /// </summary>
    /// <param name="currentDistricts">Districts that hold LSOAs of the data: abolished districts still in the lookups are left out of the sums.</param>
    private static void AddUpPopulation(Dictionary<(string Code, int Year), long> population, Dictionary<string, Area> areas,
        List<(string Lsoa, string Ward, string District, int Vintage)> memberships, HashSet<string> currentDistricts)
    {
        var years = population.Keys.Select(k => k.Year).Distinct().ToList();
        void Sum(string code, IReadOnlyCollection<string> parts)
        {
            foreach (var year in years)
            {
                if (population.ContainsKey((code, year)) || parts.Count == 0) continue;
                long total = 0;
                var complete = true;
                foreach (var p in parts)
                {
                    if (population.TryGetValue((p, year), out var v)) total += v;
                    else complete = false;
                }
                if (complete) population[(code, year)] = total;
            }
        }
        // A ward is the LSOAs of one vintage (the newest that lists it): summing both vintages would count split LSOAs twice.
        foreach (var ward in memberships.GroupBy(m => m.Ward))
        {
            var newest = ward.Max(m => m.Vintage);
            Sum(ward.Key, ward.Where(m => m.Vintage == newest).Select(m => m.Lsoa).Distinct().ToList());
        }
        var districtsByParent = areas.Values.Where(a => a.Level == AreaLevel.District && a.ParentCode is not null && currentDistricts.Contains(a.Code))
            .GroupBy(a => a.ParentCode!).ToDictionary(g => g.Key, g => g.Select(a => a.Code).ToList());
        foreach (var (csp, districts) in districtsByParent) Sum(csp, districts);
        foreach (var force in areas.Values.Where(a => a.Level == AreaLevel.ForceArea))
        {
            var districts = areas.Values.Where(a => a.Level == AreaLevel.CommunitySafetyPartnership && a.ParentCode == force.Code)
                .SelectMany(c => districtsByParent.GetValueOrDefault(c.Code) ?? []).ToList();
            Sum(force.Code, districts);
        }
    }

    /// <summary>The police forces whose data covers an area's force area: their name starts with the force area's name ("Kent" -> "Kent Police").</summary>
    public IReadOnlyList<string> ForcesServing(Area area)
    {
        var county = Areas.County(area);
        if (county is null) return [];
        return MonthsByForce.Keys.Where(f => Serves(f, county)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A police force serves a force area when its name starts with the area's ("Kent Police" and "Kent").</summary>
    internal static bool Serves(string force, Area forceArea) => force.StartsWith(forceArea.Name, StringComparison.OrdinalIgnoreCase);
}
