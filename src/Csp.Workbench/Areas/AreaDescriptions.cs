using Csp.Core.Areas;
using Csp.Storage;
using Csp.Storage.Areas;

namespace Csp.Workbench.Areas;

/// <summary>
/// <c>csp areas</c>: the areas a code or name finds, each with where it sits (its lineage up to the country) and what it
/// contains; and the outlines a map of the areas inside one is shaded by.
/// </summary>
public sealed class AreaDescriptions(CspDatabase database)
{
    /// <param name="WardSets">For a district, each of its wards' sets (the years of the ward lookups listing it); else empty.</param>
    public sealed record Description(Area Area, IReadOnlyList<Area> Lineage, IReadOnlyList<Area> Children, IReadOnlyDictionary<string, IReadOnlyList<int>> WardSets);

    /// <param name="limit">At most this many areas are described (a partial name can match many).</param>
    public async Task<IReadOnlyList<Description>> FindAsync(string codeOrName, int limit, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var found = await AreaDirectory.FindAsync(database, codeOrName, cancellationToken).ConfigureAwait(false);
        var results = new List<Description>();
        foreach (var area in found.Take(limit))
        {
            var wardSets = area.Level == AreaLevel.District
                ? await AreaDirectory.WardSetsAsync(db, area.Code, cancellationToken).ConfigureAwait(false)
                : new Dictionary<string, IReadOnlyList<int>>();
            results.Add(new Description(area, await AreaDirectory.LineageAsync(db, area, cancellationToken).ConfigureAwait(false),
                await AreaDirectory.ChildrenAsync(db, area.Code, cancellationToken).ConfigureAwait(false), wardSets));
        }
        return results;
    }

    public Task<IReadOnlyList<AreaOutline>> OutlinesInsideAsync(Area area, CancellationToken cancellationToken) => AreaOutlines.ChildrenAsync(database, area, cancellationToken);
}
