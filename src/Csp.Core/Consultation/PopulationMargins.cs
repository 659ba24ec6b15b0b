using System.Globalization;
using Csp.Core.Population;

namespace Csp.Core.Consultation;

/// <summary>Population margins for representativeness from ONS estimates by single year of age (MYE2 layout: "0".."89", "90+").</summary>
public static class PopulationMargins
{
    /// <summary>Residents of the areas in each age band (summed over the estimates given, e.g. females and males).</summary>
    public static IReadOnlyList<PopulationGroup> AgeBands(IEnumerable<PopulationEstimate> estimates, IReadOnlyCollection<string> areaCodes, IReadOnlyList<AgeBandDefinition> bands)
    {
        var totals = new double[bands.Count];
        foreach (var e in estimates)
        {
            if (!areaCodes.Contains(e.AreaCode, StringComparer.OrdinalIgnoreCase) || Age(e.AgeBand) is not { } age) continue;
            for (var b = 0; b < bands.Count; b++)
            {
                if (bands[b].Contains(age)) totals[b] += e.Persons;
            }
        }
        return bands.Select((b, i) => new PopulationGroup(b.Group, totals[i])).ToArray();
    }

    /// <summary>Residents of the areas aged <paramref name="fromAge"/> and over (e.g. one sex's margin on the same base as the age bands).</summary>
    public static double AgedAtLeast(IEnumerable<PopulationEstimate> estimates, IReadOnlyCollection<string> areaCodes, int fromAge) =>
        estimates.Where(e => areaCodes.Contains(e.AreaCode, StringComparer.OrdinalIgnoreCase) && Age(e.AgeBand) >= fromAge).Sum(e => (double)e.Persons);

    // "90+" counts as 90 (the ONS open top band); "all" is not an age.
    private static int? Age(string band)
    {
        var text = band.EndsWith('+') ? band[..^1] : band;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age : null;
    }
}
