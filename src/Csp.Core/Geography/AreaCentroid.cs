using Csp.Core.Geometry;

namespace Csp.Core.Geography;

/// <summary>An area's population-weighted centroid (ONS publishes these for LSOAs), in British National Grid metres.</summary>
public sealed record AreaCentroid(string Code, PlanarPoint Point);
