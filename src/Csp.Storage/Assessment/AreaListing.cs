using System.Data;
using Csp.Core.Areas;
using Csp.Storage.Areas;
using Csp.Storage.Diagnostics;

namespace Csp.Storage.Assessment;

/// <summary>
/// The areas a user chooses among (the dashboard's list): the force areas whose own force's data is held and that hold
/// crime counts, in the order of <see cref="Areas.AreaDirectory.OfLevelAsync"/>, and in each its Community Safety
/// Partnerships and districts that hold crime counts, by name. The whole data gives it (<see cref="Of"/>); a server that has
/// not read the whole yet reads it alone (<see cref="ReadAsync"/>): the same lists.
/// </summary>
public sealed record AreaListing(IReadOnlyList<Area> ForceAreas, IReadOnlyDictionary<string, (IReadOnlyList<Area> Partnerships, IReadOnlyList<Area> Districts)> Inside)
{
    /// <summary>The CSPs (<see cref="AreaLevel.CommunitySafetyPartnership"/>) or districts with data in a force area of the list.</summary>
    public IReadOnlyList<Area> Within(Area forceArea, AreaLevel level) =>
        Inside.TryGetValue(forceArea.Code, out var inside) ? level == AreaLevel.District ? inside.Districts : inside.Partnerships : [];

    /// <summary>The listing of the whole data (<paramref name="forceAreas"/>: its force areas with data, in order).</summary>
    public static AreaListing Of(AssessmentData data, IReadOnlyList<Area> forceAreas) =>
        new(forceAreas, forceAreas.ToDictionary(f => f.Code,
            f => (data.Areas.Within(f, AreaLevel.CommunitySafetyPartnership), data.Areas.Within(f, AreaLevel.District)), StringComparer.Ordinal));

    /// <summary>
    /// The listing read without the counts: the districts that hold a counted LSOA (by the newest lookup listing it, as the
    /// whole read places an LSOA), the CSPs and force areas above them, and the forces held. One pass over the counts' LSOA
    /// ids instead of reading and placing every count.
    /// </summary>
    public static async Task<AreaListing> ReadAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() =>
        {
            using var transaction = connection is Microsoft.Data.Sqlite.SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : connection.BeginTransaction(IsolationLevel.RepeatableRead);
            var areas = Sql.Query(connection, transaction, $"SELECT {AreaDirectory.Columns} FROM areas WHERE level NOT IN ('Ward', 'Lsoa')", AreaDirectory.Read);
            var byCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
            var districts = Sql.Query(connection, transaction, """
                SELECT DISTINCT m.district_code FROM lsoa_memberships m JOIN police_lsoas p ON p.code = m.lsoa_code
                WHERE p.id IN (SELECT DISTINCT lsoa_id FROM street_counts)
                  AND m.vintage = (SELECT max(n.vintage) FROM lsoa_memberships n WHERE n.lsoa_code = m.lsoa_code)
                """, r => r.GetString(0));
            StartupTrace.Mark($"area listing: {districts.Count:N0} districts with data");
            // In the database's order by name, as the whole read lists them.
            var ordered = AreaDirectory.OfLevel(connection, transaction, AreaLevel.ForceArea);
            var forces = Status.ForceMonthsHeld.Read(connection, transaction).Select(m => m.Force).Distinct(StringComparer.Ordinal).ToList();
            transaction.Commit();
            // Every area above a district with data (up to the country) has data; a force area only when its own force's is held.
            var withData = new HashSet<string>(StringComparer.Ordinal);
            foreach (var district in districts)
            {
                for (var code = district; code is not null && byCode.GetValueOrDefault(code) is { } a && a.Level != AreaLevel.Country; code = a.ParentCode)
                {
                    withData.Add(code);
                }
            }
            bool Inside(Area a, string ancestor)
            {
                for (var p = a.ParentCode; p is not null; p = byCode.GetValueOrDefault(p)?.ParentCode)
                {
                    if (p == ancestor) return true;
                }
                return false;
            }
            IReadOnlyList<Area> Within(Area forceArea, AreaLevel level) =>
                areas.Where(a => a.Level == level && withData.Contains(a.Code) && Inside(a, forceArea.Code)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
            var forceAreas = ordered.Where(a => withData.Contains(a.Code) && forces.Any(f => AssessmentData.Serves(f, a))).ToList();
            return new AreaListing(forceAreas, forceAreas.ToDictionary(f => f.Code,
                f => (Within(f, AreaLevel.CommunitySafetyPartnership), Within(f, AreaLevel.District)), StringComparer.Ordinal));
        }, cancellationToken).ConfigureAwait(false);
    }
}
