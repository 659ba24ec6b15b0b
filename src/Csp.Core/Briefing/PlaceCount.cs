namespace Csp.Core.Briefing;

/// <param name="Place">The ward or LSOA the incidents were given; "(no place)" for those without one.</param>
public sealed record PlaceCount(string Place, int Count, IReadOnlyList<CategoryCount> Categories);
