using System.Data.Common;
using Csp.Core.Areas;
using Csp.Storage;
using Microsoft.EntityFrameworkCore;

namespace Csp.Storage.Areas;

/// <summary>Finds areas by ONS code or by name, and walks the hierarchy up from an area.</summary>
public static class AreaDirectory
{
    /// <summary>
    /// An exact ONS code first; else areas whose name equals <paramref name="codeOrName"/> ignoring case (a CSP and a
    /// district can share a name, so there may be several, widest level first); else names that contain it.
    /// </summary>
    /// <remarks>Plain SQL over one connection (the statements EF sent before): finding an area builds no EF model, which
    /// cost a command started cold more than the rest of an assessment.</remarks>
    public static async Task<IReadOnlyList<Area>> FindAsync(CspDatabase database, string codeOrName, CancellationToken cancellationToken)
    {
        var text = codeOrName.Trim();
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        List<Area> Query(string where, string value) => Sql.Query(connection, null, $"SELECT {Columns} FROM areas WHERE {where}", Read, ("p", value));
        if (AreaCode.IsWellFormed(text.ToUpperInvariant())) return Query("code = @p", text.ToUpperInvariant());
        var lower = text.ToLowerInvariant();
        var exact = Query("lower(name) = @p", lower);
        if (exact.Count > 0) return exact.OrderBy(a => a.Level).ToList();
        var contains = database.Provider == DatabaseProvider.Sqlite ? "instr(lower(name), @p) > 0" : "strpos(lower(name), @p) > 0";
        var partial = Query($"{contains} ORDER BY name LIMIT 50", lower);
        return partial.OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The areas of one level, by name (in the database's order, as the dashboard lists them).</summary>
    public static async Task<IReadOnlyList<Area>> OfLevelAsync(CspDatabase database, AreaLevel level, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return OfLevel(connection, null, level);
    }

    /// <summary>The same on a connection (and transaction) the caller holds.</summary>
    internal static List<Area> OfLevel(DbConnection connection, DbTransaction? transaction, AreaLevel level) =>
        Sql.Query(connection, transaction, $"SELECT {Columns} FROM areas WHERE level = @level ORDER BY name", Read, ("level", level.ToString()));

    /// <summary>The columns of <c>areas</c> that <see cref="Read"/> reads, in its order.</summary>
    internal const string Columns = "code, name, level, parent_code";

    /// <summary>An area from a row of <see cref="Columns"/>.</summary>
    internal static Area Read(DbDataReader r) => new(r.GetString(0), r.GetString(1), Enum.Parse<AreaLevel>(r.GetString(2)), r.IsDBNull(3) ? null : r.GetString(3));

    /// <summary>
    /// The one area a code or name means. A one-district CSP shares its district's name (Medway), and a ward may too: the
    /// district is meant, then the CSP, then the force area, unless the code says otherwise. <c>Others</c> are the other
    /// areas of that exact name; <c>Suggestions</c> are names that contain the text when none is exact.
    /// </summary>
    public static async Task<(Area? Chosen, IReadOnlyList<Area> Others, IReadOnlyList<Area> Suggestions)> ResolveAsync(CspDatabase database, string codeOrName, CancellationToken cancellationToken)
    {
        var matches = await FindAsync(database, codeOrName, cancellationToken).ConfigureAwait(false);
        var text = codeOrName.Trim();
        var exact = matches.Where(a => a.Code.Equals(text, StringComparison.OrdinalIgnoreCase) || a.Name.Equals(text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count == 0) return (null, [], matches);
        var chosen = exact.OrderBy(a => Array.IndexOf(NamePreference, a.Level)).First();
        return (chosen, exact.Where(a => a != chosen).ToList(), []);
    }

    private static readonly AreaLevel[] NamePreference =
        [AreaLevel.District, AreaLevel.CommunitySafetyPartnership, AreaLevel.ForceArea, AreaLevel.Ward, AreaLevel.Lsoa, AreaLevel.Country];

    /// <summary>
    /// The same in plain SQL on one connection (no EF model built): the area and up to nine areas above it, nearest first;
    /// empty when the code is not held.
    /// </summary>
    public static async Task<IReadOnlyList<Area>> LineageAsync(CspDatabase database, string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return Sql.Query(connection, null, """
            WITH RECURSIVE up (code, name, level, parent_code, depth) AS (
                SELECT code, name, level, parent_code, 0 FROM areas WHERE code = @code
                UNION ALL
                SELECT a.code, a.name, a.level, a.parent_code, u.depth + 1 FROM areas a JOIN up u ON a.code = u.parent_code WHERE u.depth < 9)
            SELECT code, name, level, parent_code FROM up ORDER BY depth
            """, Read, ("code", code));
    }

    /// <summary>The area and the areas that contain it, from the area itself up to the country.</summary>
    public static async Task<IReadOnlyList<Area>> LineageAsync(CspDbContext db, Area area, CancellationToken cancellationToken)
    {
        var chain = new List<Area> { area };
        var parent = area.ParentCode;
        while (parent is not null && chain.Count < 10)
        {
            var code = parent;
            var row = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, cancellationToken).ConfigureAwait(false);
            if (row is null) break;
            var next = ToArea(row);
            chain.Add(next);
            parent = next.ParentCode;
        }
        return chain;
    }

    /// <summary>The areas directly inside <paramref name="code"/>, by name: plain SQL, so a command started cold builds no EF model for it.</summary>
    public static async Task<IReadOnlyList<Area>> ChildrenAsync(CspDatabase database, string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return Sql.Query(connection, null, $"SELECT {Columns} FROM areas WHERE parent_code = @code ORDER BY name", Read, ("code", code));
    }

    /// <summary>The areas directly inside <paramref name="code"/>.</summary>
    public static async Task<IReadOnlyList<Area>> ChildrenAsync(CspDbContext db, string code, CancellationToken cancellationToken)
    {
        var rows = await db.Areas.AsNoTracking().Where(a => a.ParentCode == code).OrderBy(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToArea).ToList();
    }

    /// <summary>
    /// The ward sets (<see cref="WardVintage"/> years: 2021, 2024) that list each ward of a district, from the LSOA lookups:
    /// a district holds the wards of both, and a ward whose boundary did not change keeps its code and is in both.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> WardSetsAsync(CspDbContext db, string districtCode, CancellationToken cancellationToken)
    {
        var rows = await db.LsoaMemberships.AsNoTracking().Where(m => m.DistrictCode == districtCode).Select(m => new { m.WardCode, m.Vintage }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.WardCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(r => WardVintage.OfLookup(r.Vintage)).Distinct().Order().ToList(), StringComparer.Ordinal);
    }

    private static Area ToArea(Storage.Entities.AreaRow row) =>
        new(row.Code, row.Name, Enum.Parse<AreaLevel>(row.Level), row.ParentCode);
}
