using Csp.Core.Areas;
using Csp.Core.Geography;
using Csp.Core.Imports;

namespace Csp.Ingest.Geography;

/// <summary>
/// What one geography file held: LSOA memberships of one vintage, district to partnership to force lines, LSOA
/// population-weighted centroids, or area boundaries.
/// </summary>
public sealed record GeographyLookup(
    string File,
    string Kind,
    long RowsRead,
    IReadOnlyList<LsoaMembership> Lsoas,
    IReadOnlyList<DistrictPartnership> Partnerships,
    IReadOnlyList<ImportIssue> Issues,
    ImportIssue? FileError)
{
    public IReadOnlyList<AreaCentroid> Centroids { get; init; } = [];

    public IReadOnlyList<AreaBoundary> Boundaries { get; init; } = [];
}
