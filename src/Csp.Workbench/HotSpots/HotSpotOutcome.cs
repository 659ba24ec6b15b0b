using Csp.Core.Areas;
using Csp.Core.HotSpots;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.HotSpots;

/// <summary>The hot spot map of an area, or why there is none.</summary>
/// <param name="WithoutLocation">Incidents of the period with no location (counted, not mapped).</param>
public sealed record HotSpotOutcome(HotSpotMap? Map, Area? Area, long WithoutLocation, AnswerKind Kind, string? Detail, string? Note = null)
{
    /// <summary>The significant hot spots, strongest first.</summary>
    public IReadOnlyList<HotSpotCell> HotSpots => Map is null ? [] : Map.Cells.Where(x => x.Class > HotSpotClass.NotSignificant).OrderByDescending(x => x.GiZ).ToList();
}
