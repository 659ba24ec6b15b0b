using Csp.Core.Areas;
using Csp.Core.Briefing;

namespace Csp.Workbench.Briefing;

/// <summary>
/// The imported incidents that fall in an area, each placed in its ward (by the nearest LSOA population-weighted centroid,
/// see <see cref="Core.Geography.NearestCentroid"/>), indexed by time.
/// </summary>
/// <param name="Demo">How many of them come from the generated demonstration set (data/sample/incidents): every output that shows them says so.</param>
/// <param name="Unplaced">Incidents held that are in no LSOA the data covers (farther than 5 km from every centroid, or no geography imported).</param>
/// <param name="OtherCrs">Incidents held in a projected CRS other than British National Grid, which cannot be placed.</param>
/// <param name="WardCodes">Ward name to ONS code, for the places of <see cref="Index"/>.</param>
public sealed record PlacedIncidents(Area Area, IncidentIndex Index, int Demo, long Unplaced, long OtherCrs, IReadOnlyDictionary<string, string> WardCodes, string Version)
{
    public bool IsDemo => Demo > 0;

    /// <summary>The label every page, file and printout that shows demonstration incidents carries.</summary>
    public const string DemoLabel = "Demonstration data: these incidents are generated (scripts/generate-demo-incidents.py), not real records.";
}
