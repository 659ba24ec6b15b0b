using Csp.Core.Geometry;

namespace Csp.Core.Areas;

/// <summary>
/// The shape of an area for drawing on a map: closed rings of WGS84 points (several rings for an area in parts).
/// </summary>
/// <param name="Approximate">True when the shape is not an official boundary but built from what the product holds
/// (LSOA cells grown from population-weighted centroids, clipped to the district): good for a map, not for counting.</param>
public sealed record AreaOutline(string Code, string Name, AreaLevel Level, IReadOnlyList<IReadOnlyList<LonLat>> Rings, bool Approximate);
