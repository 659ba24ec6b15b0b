using Csp.Core.Geometry;

namespace Csp.Core.Geography;

/// <summary>
/// A published boundary (a local authority district's, say) as closed rings of WGS84 points. Rings follow the even-odd
/// rule: a ring inside another is a hole. Simplified boundaries are for drawing, not for deciding which area a point is in.
/// </summary>
public sealed record AreaBoundary(string Code, string Name, IReadOnlyList<IReadOnlyList<LonLat>> Rings);
