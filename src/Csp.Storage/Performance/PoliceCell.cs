using Csp.Core.Periods;

namespace Csp.Storage.Performance;

/// <summary>The police.uk records of one district, month and crime type.</summary>
/// <param name="Records">Every record in the district's LSOAs (every lookup held): an LSOA two of the districts asked list is in each one's.</param>
/// <param name="OnceRecords">The records of the LSOAs whose first district (by code) of those asked is this one: added up over the
/// districts asked (a partnership's), each LSOA counts once.</param>
public sealed record PoliceCell(string District, YearMonth Month, string CrimeType, long Records, long OnceRecords);
