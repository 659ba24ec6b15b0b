using System.Data.Common;
using System.Globalization;
using Csp.Core.Comparators;
using Csp.Core.Performance;

namespace Csp.Storage.Performance;

/// <summary>
/// The performance tables: the configured measures and comparator groups copied in, returned figures read out for the
/// performance engine, and one figure entered in the web app written (with what it replaced).
/// </summary>
public static class PerformanceStore
{
    /// <summary>Copies the configured measures in (by name; a measure no longer configured stays, as its figures do).</summary>
    public static async Task SaveMeasuresAsync(CspDatabase database, IReadOnlyList<Measure> measures, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        SaveMeasures(connection, transaction, measures, now);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static void SaveMeasures(DbConnection connection, DbTransaction transaction, IReadOnlyList<Measure> measures, DateTimeOffset now)
    {
        var agencies = Sql.Query(connection, transaction, "SELECT id, name FROM agencies", r => (Id: r.GetInt64(0), Name: r.GetString(1)))
            .ToDictionary(a => a.Name, a => a.Id, StringComparer.OrdinalIgnoreCase);
        var at = now.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);
        foreach (var m in measures)
        {
            object? agency = m.Agency is { } a && agencies.TryGetValue(a, out var id) ? id : null;
            var measureId = Sql.Long(connection, transaction, """
                INSERT INTO measures (name, definition, source, source_key, unit, polarity, target, baseline, tolerance, age_band, owner, agency_id, priority, updated_at)
                VALUES (@name, @definition, @source, @key, @unit, @polarity, @target, @baseline, @tolerance, @band, @owner, @agency, @priority, @at)
                ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, source = excluded.source, source_key = excluded.source_key, unit = excluded.unit,
                    polarity = excluded.polarity, target = excluded.target, baseline = excluded.baseline, tolerance = excluded.tolerance, age_band = excluded.age_band,
                    owner = excluded.owner, agency_id = excluded.agency_id, priority = excluded.priority, updated_at = excluded.updated_at
                RETURNING id
                """, ("name", m.Name), ("definition", m.Definition), ("source", SourceWord(m.SourceKind)), ("key", m.SourceKey), ("unit", m.Unit.Label()),
                ("polarity", PolarityWord(m.Polarity)), ("target", m.Target?.Describe(m.Polarity, m.Unit)), ("baseline", m.Baseline is { } b ? (double)b : null),
                ("tolerance", m.Tolerance is { } t ? (double)t : null), ("band", m.RateAgeBand?.ToString()), ("owner", m.OwnerAgency), ("agency", agency),
                ("priority", m.Priority), ("at", at));
            Sql.Execute(connection, transaction, "DELETE FROM measure_area_targets WHERE measure_id = @id", ("id", measureId));
            foreach (var (area, target) in m.AreaTargets)
            {
                Sql.Execute(connection, transaction, "INSERT INTO measure_area_targets (measure_id, area, target) VALUES (@id, @area, @target)",
                    ("id", measureId), ("area", area), ("target", target.Describe(m.Polarity, m.Unit)));
            }
        }
    }

    /// <summary>Replaces the comparator groups with the configured ones.</summary>
    public static async Task SaveComparatorGroupsAsync(CspDatabase database, IReadOnlyList<MostSimilarGroup> groups, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        Sql.Execute(connection, transaction, "DELETE FROM comparator_groups");
        foreach (var g in groups)
        {
            for (var i = 0; i < g.MemberCodes.Count; i++)
            {
                Sql.Execute(connection, transaction, "INSERT INTO comparator_groups (group_name, area_code, member_code, position) VALUES (@g, @a, @m, @p)",
                    ("g", g.Name), ("a", g.AreaCode), ("m", g.MemberCodes[i]), ("p", i));
            }
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The population estimates of the areas (every year, source and age band), ordered by area, year, source and age band:
    /// plain SQL, so <c>csp performance</c> started cold builds no EF model. A code is an ONS code, held in capitals (as
    /// <see cref="Areas.AreaDirectory.FindAsync"/> looks one up), so "e07000109" is Gravesham too and is read once.
    /// </summary>
    public static async Task<IReadOnlyList<Core.Population.PopulationEstimate>> PopulationAsync(CspDatabase database, IReadOnlyCollection<string> areaCodes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var codes = areaCodes.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var estimates = new List<Core.Population.PopulationEstimate>();
        // In batches: a statement takes a bounded number of parameters (SQLite 32,766, PostgreSQL 65,535).
        foreach (var batch in codes.Chunk(PopulationBatch))
        {
            var parameters = batch.Select((c, i) => ("a" + i.ToString(CultureInfo.InvariantCulture), (object?)c)).ToArray();
            var list = string.Join(", ", parameters.Select(p => "@" + p.Item1));
            estimates.AddRange(Sql.Query(connection, null,
                $"SELECT area_code, year, source, age_band, persons FROM population_estimates WHERE area_code IN ({list}) ORDER BY area_code, year, source, age_band",
                r => new Core.Population.PopulationEstimate(r.GetString(0), null, Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), r.GetString(2),
                    r.GetString(3), Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture)), parameters));
        }
        return estimates;
    }

    /// <summary>The area codes <see cref="PopulationAsync"/> asks for in one statement.</summary>
    internal const int PopulationBatch = 500;

    /// <summary>Every returned figure for the areas, in period order, as the engine and the partner tables read them.</summary>
    public static async Task<IReadOnlyList<ReturnValue>> ReturnsAsync(CspDatabase database, IReadOnlyCollection<string> areaCodes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var values = new List<ReturnValue>();
        foreach (var code in areaCodes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            values.AddRange(Sql.Query(connection, null, """
                SELECT measure, area_code, period_start, period_end, value, breakdown, unit, source, note, line, flags
                FROM return_values WHERE area_code = @area ORDER BY measure, period_start, period_end, breakdown
                """, Read, ("area", code)));
        }
        return values;
    }

    private static ReturnValue Read(DbDataReader r)
    {
        MeasureUnits.TryParse(r.GetString(6), out var unit);
        return new ReturnValue(r.GetString(0), r.GetString(1), new ReturnPeriod(Day(r.GetString(2)), Day(r.GetString(3))),
            r.IsDBNull(4) ? null : (decimal)r.GetDouble(4), r.GetString(5), unit, r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8),
            r.GetInt64(9), (ReturnFlags)r.GetInt32(10));
    }

    /// <summary>Writes one figure entered in the web app, in a transaction of its own; returns what it replaced, or null.</summary>
    public static async Task<string?> SubmitAsync(CspDatabase database, ReturnValue value, string agency, string submittedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string? replaced;
        using (var writer = new ReturnValueWriter(connection, transaction, now))
        {
            replaced = writer.Write(value, agency, null, submittedBy) is { Same: false } previous ? previous.Describe(value) : null;
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return replaced;
    }

    /// <summary>The measures whose returns an agency's partner officers enter (measures.agency_id), by name.</summary>
    public static async Task<IReadOnlyList<string>> MeasuresOfAgencyAsync(CspDatabase database, string agency, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return Sql.Query(connection, null, "SELECT m.name FROM measures m JOIN agencies a ON a.id = m.agency_id WHERE lower(a.name) = lower(@agency) ORDER BY m.name",
            r => r.GetString(0), ("agency", agency));
    }

    /// <summary>The partnerships and districts the performance table can be asked for: those holding returns, and the partnerships of districts that do; by name.</summary>
    public static async Task<IReadOnlyList<(string Code, string Name)>> AreasWithReturnsAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return Sql.Query(connection, null, """
            SELECT a.code, a.name FROM areas a WHERE a.level IN ('District', 'CommunitySafetyPartnership')
              AND (a.code IN (SELECT area_code FROM return_values)
                   OR a.code IN (SELECT d.parent_code FROM areas d WHERE d.code IN (SELECT area_code FROM return_values)))
            ORDER BY a.name
            """, r => (r.GetString(0), r.GetString(1)));
    }

    /// <summary>The last day any returned figure covers, or null when none is held.</summary>
    public static async Task<DateOnly?> LastDayAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var last = Sql.Query(connection, null, "SELECT max(period_end) FROM return_values", r => r.IsDBNull(0) ? null : r.GetString(0)).FirstOrDefault();
        return last is null ? null : Day(last);
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SourceWord(MeasureSourceKind kind) => kind switch
    {
        MeasureSourceKind.PoliceUkCategory => "police.uk",
        MeasureSourceKind.IncidentCount => "incidents",
        MeasureSourceKind.RepeatVictims => "repeat victims",
        _ => "return",
    };

    private static string PolarityWord(Polarity polarity) => polarity switch
    {
        Polarity.LowerIsBetter => "lower",
        Polarity.HigherIsBetter => "higher",
        _ => "monitor",
    };
}
