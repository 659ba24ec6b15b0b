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

    /// <summary>Writes a figure, replacing the one held for its measure, area, period and breakdown; parameters in this order.</summary>
    public const string UpsertSql = """
        INSERT INTO return_values (measure, area_code, period_start, period_end, breakdown, value, unit, source, note, flags, agency, file_id, line, submitted_by, updated_at)
        VALUES (@measure, @area, @start, @end, @breakdown, @value, @unit, @source, @note, @flags, @agency, @file, @line, @by, @at)
        ON CONFLICT (measure, area_code, period_start, period_end, breakdown) DO UPDATE SET value = excluded.value, unit = excluded.unit,
            source = excluded.source, note = excluded.note, flags = excluded.flags, agency = excluded.agency, file_id = excluded.file_id,
            line = excluded.line, submitted_by = excluded.submitted_by, updated_at = excluded.updated_at
        """;

    /// <summary>updated_at as stored.</summary>
    public static string Timestamp(DateTimeOffset now) => now.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    public ReturnValueWriter(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
    {
        _find = Sql.Command(connection, transaction, """
            SELECT r.value, r.unit, f.name, r.line, r.submitted_by, r.flags FROM return_values r LEFT JOIN import_files f ON f.id = r.file_id
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
            if (r.Read())
            {
                previous = new PreviousFigure(r.IsDBNull(0) ? null : (decimal)r.GetDouble(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt64(3),
                    r.IsDBNull(4) ? null : r.GetString(4));
                previous = previous with { Same = previous.Value == v.Value && previous.Unit == v.Unit.Label() && r.GetInt32(5) == (int)v.Flags };
            }
        }
        if (previous is { Same: true }) return previous;
        Upsert(v, agency, fileId, submittedBy);
        return previous;
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
