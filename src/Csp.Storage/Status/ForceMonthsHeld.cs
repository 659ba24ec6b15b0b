using System.Data.Common;
using System.Globalization;
using Csp.Core.Imports;
using Csp.Core.Periods;

namespace Csp.Storage.Status;

/// <summary>
/// The force-months held, each with whether it is whole: the one place <c>status</c> and the assessment learn which
/// months are incomplete, so that they always agree.
/// </summary>
internal static class ForceMonthsHeld
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Every force-month, ordered by force then month.</summary>
    public static IReadOnlyList<HeldForceMonth> Read(DbConnection connection, DbTransaction? transaction = null)
    {
        var rows = Sql.Query(connection, transaction, """
            SELECT f.name, m.month, m.rows, i.kept_partial, i.name
            FROM force_months m JOIN police_forces f ON f.id = m.force_id JOIN import_files i ON i.id = m.file_id
            ORDER BY f.name, m.month
            """, r => (Force: r.GetString(0), Month: YearMonth.FromNumber(Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)), Rows: r.GetInt64(2),
                KeptPartial: Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture) == 1, File: r.GetString(4)));
        var held = new List<HeldForceMonth>(rows.Count);
        foreach (var force in rows.GroupBy(r => r.Force))
        {
            var few = ForceMonthCompleteness.ImplausiblyFew(force.Select(m => (m.Month, m.Rows)).ToList());
            foreach (var m in force)
            {
                var reason = m.KeptPartial
                    ? string.Create(Culture, $"its file ({Path.GetFileName(m.File)}) breaks off and was kept with --keep-partial: {m.Rows:N0} rows, the rest of the month is missing")
                    : few.GetValueOrDefault(m.Month);
                held.Add(new HeldForceMonth(m.Force, m.Month, m.Rows, reason));
            }
        }
        return held;
    }
}
