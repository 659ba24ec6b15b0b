using Csp.Core.Areas;
using Csp.Core.Imports;

namespace Csp.Ingest.Geography;

/// <summary>What one lookup file held: LSOA memberships of one vintage, or district to partnership to force lines.</summary>
public sealed record GeographyLookup(
    string File,
    string Kind,
    long RowsRead,
    IReadOnlyList<LsoaMembership> Lsoas,
    IReadOnlyList<DistrictPartnership> Partnerships,
    IReadOnlyList<ImportIssue> Issues,
    ImportIssue? FileError);
