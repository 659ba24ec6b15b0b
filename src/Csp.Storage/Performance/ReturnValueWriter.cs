using System.Data.Common;
using System.Globalization;
using Csp.Core.Performance;

namespace Csp.Storage.Performance;

/// <summary>
/// Writes returned figures inside the caller's transaction: one row per measure, area, period and breakdown, a later
/// figure replacing the earlier in place. Prepared statements, reused for every figure of a file.
/// </summary>
internal sealed class ReturnValueWriter : IDisposable
{
    private readonly DbCommand _find;
    private readonly DbCommand _upsert;

    /// <summary>The columns a figure is written to, in the order <see cref="UpsertSql"/> and a file's staged figures give them.</summary>
    public const string Columns = "measure, area_code, period_start, period_end, breakdown, value, unit, source, note, flags, agency, file_id, line, submitted_by, updated_at";

    /// <summary>The figure held (<c>return_values r</c>) as <see cref="Previous"/> reads it, with the file it came from (<see cref="HeldFile"/>).</summary>
    public const string HeldColumns = "r.value, r.unit, f.name, r.line, r.submitted_by, r.flags";

    public const string HeldFile = "LEFT JOIN import_files f ON f.id = r.file_id";

    /// <summary>Writes a figure, replacing the one held for its measure, area, period and breakdown; parameters in this order.</summary>
    public const string UpsertSql = $"""
        INSERT INTO return_values ({Columns})
        VALUES (@measure, @area, @start, @end, @breakdown, @value, @unit, @source, @note, @flags, @agency, @file, @line, @by, @at)
        ON CONFLICT (measure, area_code, period_start, period_end, breakdown) DO UPDATE SET value = excluded.value, unit = excluded.unit,
            source = excluded.source, note = excluded.note, flags = excluded.flags, agency = excluded.agency, file_id = excluded.file_id,
            line = excluded.line, submitted_by = excluded.submitted_by, updated_at = excluded.updated_at
        """;

    /// <summary>updated_at as stored.</summary>
    public static string Timestamp(DateTimeOffset now) => now.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    public ReturnValueWriter(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
    {
        _find = Sql.Command(connection, transaction, $"""
            SELECT {HeldColumns} FROM return_values r {HeldFile}
            WHERE r.measure = @measure AND r.area_code = @area AND r.period_start = @start AND r.period_end = @end AND r.breakdown = @breakdown
            """, ("measure", ""), ("area", ""), ("start", ""), ("end", ""), ("breakdown", ""));
        _upsert = Sql.Command(connection, transaction, UpsertSql, ("measure", ""), ("area", ""), ("start", ""), ("end", ""), ("breakdown", ""), ("value", 0.0), ("unit", ""),
            ("source", null), ("note", null), ("flags", 0), ("agency", null), ("file", null), ("line", 0L), ("by", null), ("at", Timestamp(now)));
        _find.Prepare();
        _upsert.Prepare();
    }

    /// <summary>
    /// Writes a figure; returns the one it replaced, or null when it is new. The same value in the same unit and flags
    /// again is left as it was (<see cref="PreviousFigure.Same"/>): a duplicate, not a replacement.
    /// </summary>
    public PreviousFigure? Write(ReturnValue v, string? agency, long? fileId, string? submittedBy)
    {
        object[] key = [v.Measure, v.AreaCode, Day(v.Period.Start), Day(v.Period.End), v.Breakdown];
        for (var i = 0; i < key.Length; i++) _find.Parameters[i].Value = key[i];
        PreviousFigure? previous = null;
        using (var r = _find.ExecuteReader())
        {
            if (r.Read()) previous = Previous(r, 0, v.Value, v.Unit.Label(), (int)v.Flags);
        }
        if (previous is { Same: true }) return previous;
        Upsert(v, agency, fileId, submittedBy);
        return previous;
    }

    /// <summary>
    /// The figure held, read from <see cref="HeldColumns"/> at <paramref name="first"/>, and whether the one written now
    /// (<paramref name="value"/>, <paramref name="unit"/>, <paramref name="flags"/>) is the same: a duplicate, not a replacement.
    /// </summary>
    public static PreviousFigure Previous(DbDataReader r, int first, decimal? value, string unit, int flags)
    {
        var previous = new PreviousFigure(r.IsDBNull(first) ? null : (decimal)r.GetDouble(first), r.GetString(first + 1), r.IsDBNull(first + 2) ? null : r.GetString(first + 2),
            r.GetInt64(first + 3), r.IsDBNull(first + 4) ? null : r.GetString(first + 4));
        return previous with { Same = previous.Value == value && previous.Unit == unit && r.GetInt32(first + 5) == flags };
    }

    private void Upsert(ReturnValue v, string? agency, long? fileId, string? submittedBy)
    {
        object[] key = [v.Measure, v.AreaCode, Day(v.Period.Start), Day(v.Period.End), v.Breakdown];
        for (var i = 0; i < key.Length; i++) _upsert.Parameters[i].Value = key[i];
        object?[] rest = [v.Value is { } n ? (double)n : null, v.Unit.Label(), v.Source, v.Note, (int)v.Flags, agency, fileId, v.Line, submittedBy];
        for (var i = 0; i < rest.Length; i++) _upsert.Parameters[key.Length + i].Value = rest[i] ?? DBNull.Value;
        _upsert.ExecuteNonQuery();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _find.Dispose();
        _upsert.Dispose();
    }
}
