using Csp.Core.Periods;

namespace Csp.Core.Areas;

/// <summary>
/// Which set of wards applies when. Ward boundaries are redrawn by local boundary reviews (Gravesham's in May 2023), and
/// each ONS lookup lists the wards of its date: the LSOA 2011 lookup those of 2021 (WD21CD), the LSOA 2021 lookup those of
/// 2024 (WD24CD). Both are kept, so a district holds two sets, which must never be listed, ranked or summed together.
/// </summary>
public static class WardVintage
{
    /// <summary>The ward set (year) of an LSOA lookup of <paramref name="lsoaVintage"/>, as its header names it.</summary>
    public static int OfLookup(int lsoaVintage) => lsoaVintage switch
    {
        2011 => 2021, // LSOA11CD, WD21CD, LAD21CD
        2021 => 2024, // LSOA21CD, WD24CD, LAD24CD
        _ => lsoaVintage,
    };

    /// <summary>
    /// The set a period's ward figures use: the newest set dated in or before the year the period ends (its last month
    /// included), else the oldest held. The lookups date a set by year only, so a period ending in 2023 takes the 2021
    /// set even where the new wards began in May 2023; null when no set is held.
    /// </summary>
    public static int? InForce(IEnumerable<int> sets, MonthRange period)
    {
        var held = sets.Distinct().Order().ToList();
        if (held.Count == 0) return null;
        var notAfter = held.Where(y => y <= period.To.Year).ToList();
        return notAfter.Count > 0 ? notAfter[^1] : held[0];
    }

    /// <summary>The ONS name of a set's code column: 2024 -> "WD24".</summary>
    public static string LookupName(int set) => "WD" + (set % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}
