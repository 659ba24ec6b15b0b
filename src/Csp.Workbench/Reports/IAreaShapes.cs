using Csp.Core.Areas;

namespace Csp.Workbench.Reports;

/// <summary>The outlines a report's maps are drawn from: the areas inside an area, and the area itself (see <see cref="Areas.AreaOutlines"/>).</summary>
public interface IAreaShapes
{
    Task<IReadOnlyList<AreaOutline>> ChildrenAsync(Area area, CancellationToken cancellationToken);

    Task<AreaOutline?> OfAsync(Area area, CancellationToken cancellationToken);
}
