namespace Csp.Core.Population;

/// <summary>The number of residents of an area, all persons, at one date, for one age band.</summary>
/// <param name="Year">The year of the estimate: mid-year (30 June) for ONS mid-year estimates, census day (21 March) for the Census.</param>
/// <param name="Source">Which series it comes from, e.g. "ONS mid-year estimate" or "Census 2021"; an area can have both for one year.</param>
/// <param name="AgeBand">"all" for all ages, a single year of age "0".."89", or "90+" (the ONS open-ended top band).</param>
public readonly record struct PopulationEstimate(string AreaCode, string? AreaName, int Year, string Source, string AgeBand, long Persons)
{
    public const string AllAges = "all";
}
