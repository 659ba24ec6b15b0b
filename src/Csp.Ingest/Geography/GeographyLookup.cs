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

    /// <summary>The data breaks off before its end (an issue at line 0 says where): the rows read are those before it.</summary>
    public bool Truncated { get; init; }
}
