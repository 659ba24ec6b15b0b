namespace Csp.Core.HotSpots;

/// <summary>Where an incident was, in words a CSU tasks on.</summary>
/// <param name="Street">police.uk's <c>Location</c> text ("On or near High Street"); null when the record has none.</param>
/// <param name="Ward">The name of the ward its LSOA lies in; null when the lookups do not place it.</param>
public sealed record IncidentPlace(string? Street, string? Ward);
