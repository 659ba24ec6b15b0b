using Csp.Core.Periods;

namespace Csp.Core.PoliceUk;

/// <summary>One row of a data.police.uk street-level crime or anti-social behaviour file.</summary>
/// <remarks>
/// Anti-social behaviour rows have no <see cref="CrimeId"/>, and identical ASB rows in one file are distinct incidents:
/// a row is identified by its file and line, never by its content.
/// Coordinates are WGS84 snap points anonymised by police.uk; a row with no location has null coordinates and LSOA.
/// </remarks>
/// <param name="Line">The physical line of the file where the row starts (the header is line 1).</param>
/// <param name="ReportedBy">The force that supplied the row, e.g. "Kent Police".</param>
/// <param name="FallsWithin">The force area the location falls within (differs from ReportedBy for British Transport Police).</param>
public readonly record struct StreetRecord(
    long Line,
    string? CrimeId,
    YearMonth Month,
    string ReportedBy,
    string FallsWithin,
    double? Longitude,
    double? Latitude,
    string? Location,
    string? LsoaCode,
    string? LsoaName,
    string CrimeType,
    string? LastOutcomeCategory,
    string? Context)
{
    public bool HasLocation => Longitude is not null && Latitude is not null;
}
