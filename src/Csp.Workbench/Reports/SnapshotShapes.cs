using Csp.Core.Areas;
using Csp.Storage;
using Csp.Storage.Areas;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.Reports;

/// <summary>The map outlines kept with the assessment snapshot, shared with the dashboard's map: computed once per area until the next import.</summary>
internal sealed class SnapshotShapes(AssessmentSnapshot snapshot, CspDatabase database) : IAreaShapes
{
    public Task<IReadOnlyList<AreaOutline>> ChildrenAsync(Area area, CancellationToken cancellationToken) =>
        snapshot.RememberAsync("outlines:" + area.Code, () => AreaOutlines.ChildrenAsync(database, area, CancellationToken.None));

    public async Task<AreaOutline?> OfAsync(Area area, CancellationToken cancellationToken) =>
        (await snapshot.RememberAsync("outline:" + area.Code, async () => new Box(await AreaOutlines.OfAsync(database, area, CancellationToken.None).ConfigureAwait(false))).ConfigureAwait(false)).Outline;

    /// <summary>A remembered answer may be "no outline": the cache holds it in a box.</summary>
    private sealed record Box(AreaOutline? Outline);
}
