namespace Csp.Core.Areas;

/// <summary>One line of the district to Community Safety Partnership to police force area lookup.</summary>
/// <example>E07000109 Gravesham, E22000352 Dartford and Gravesham, E23000032 Kent.</example>
public sealed record DistrictPartnership(
    string DistrictCode,
    string DistrictName,
    string PartnershipCode,
    string PartnershipName,
    string ForceAreaCode,
    string ForceAreaName);
