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
    public static async Task<IReadOnlyList<Area>> FindAsync(CspDbContext db, string codeOrName, CancellationToken cancellationToken)
    {
        var text = codeOrName.Trim();
        if (AreaCode.IsWellFormed(text.ToUpperInvariant()))
        {
            var code = text.ToUpperInvariant();
            var byCode = await db.Areas.AsNoTracking().Where(a => a.Code == code).ToListAsync(cancellationToken).ConfigureAwait(false);
            return byCode.Select(ToArea).ToList();
        }
        var lower = text.ToLowerInvariant();
#pragma warning disable CA1304 // ToLower() inside a query is translated to SQL lower(), not run with the user's culture.
        var exact = await db.Areas.AsNoTracking().Where(a => a.Name.ToLower() == lower).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (exact.Count > 0) return exact.Select(ToArea).OrderBy(a => a.Level).ToList();
        var partial = await db.Areas.AsNoTracking().Where(a => a.Name.ToLower().Contains(lower)).OrderBy(a => a.Name).Take(50)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore CA1304
        return partial.Select(ToArea).OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The one area a code or name means. A one-district CSP shares its district's name (Medway), and a ward may too: the
    /// district is meant, then the CSP, then the force area, unless the code says otherwise. <c>Others</c> are the other
    /// areas of that exact name; <c>Suggestions</c> are names that contain the text when none is exact.
    /// </summary>
    public static async Task<(Area? Chosen, IReadOnlyList<Area> Others, IReadOnlyList<Area> Suggestions)> ResolveAsync(CspDbContext db, string codeOrName, CancellationToken cancellationToken)
    {
        var matches = await FindAsync(db, codeOrName, cancellationToken).ConfigureAwait(false);
        var text = codeOrName.Trim();
        var exact = matches.Where(a => a.Code.Equals(text, StringComparison.OrdinalIgnoreCase) || a.Name.Equals(text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count == 0) return (null, [], matches);
        var chosen = exact.OrderBy(a => Array.IndexOf(NamePreference, a.Level)).First();
        return (chosen, exact.Where(a => a != chosen).ToList(), []);
    }

    private static readonly AreaLevel[] NamePreference =
        [AreaLevel.District, AreaLevel.CommunitySafetyPartnership, AreaLevel.ForceArea, AreaLevel.Ward, AreaLevel.Lsoa, AreaLevel.Country];

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

    /// <summary>The areas directly inside <paramref name="code"/>.</summary>
    public static async Task<IReadOnlyList<Area>> ChildrenAsync(CspDbContext db, string code, CancellationToken cancellationToken)
    {
        var rows = await db.Areas.AsNoTracking().Where(a => a.ParentCode == code).OrderBy(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToArea).ToList();
    }

    private static Area ToArea(Storage.Entities.AreaRow row) =>
        new(row.Code, row.Name, Enum.Parse<AreaLevel>(row.Level), row.ParentCode);
}
