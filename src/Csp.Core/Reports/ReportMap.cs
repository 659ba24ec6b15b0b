using Csp.Core.Geometry;

namespace Csp.Core.Reports;

/// <summary>
/// A choropleth: areas (wards or LSOAs) shaded by a value, such as crimes per 1,000 residents, in classes given by
/// <see cref="Breaks"/>. Drawn from the polygons themselves, with no map tiles.
/// </summary>
/// <param name="LegendTitle">What the shading means, with its unit: "Crimes per 1,000 residents".</param>
/// <param name="Breaks">Ascending class boundaries: n breaks make n + 1 classes (below the first, between, from the last up).</param>
/// <param name="Caveat">Printed under the map, e.g. that the boundaries are approximate.</param>
public sealed record ReportMap(
    string Id,
    string Title,
    string LegendTitle,
    CellFormat ValueFormat,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<double> Breaks,
    string Source,
    string AltText,
    string? Caveat);

/// <summary>
/// One shaded area. <paramref name="Rings"/> are closed rings of longitude/latitude (WGS84); several rings make a
/// multi-part area. A context area (<paramref name="Context"/> true, e.g. the district outline) is drawn but not shaded.
/// </summary>
public sealed record MapArea(string Code, string Name, IReadOnlyList<IReadOnlyList<LonLat>> Rings, double? Value, bool Suppressed, bool Context = false);
