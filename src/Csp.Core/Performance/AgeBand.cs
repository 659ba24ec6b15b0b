using System.Globalization;
using Csp.Core.Population;

namespace Csp.Core.Performance;

/// <summary>
/// An age band in whole years, both ends included: 10-17 is the youth justice age (ten to seventeen), 90+ the ONS
/// open-ended top band. A rate by age band is per 1,000 residents of that band, not of all ages.
/// </summary>
/// <param name="To">The last year of age included; null for an open band ("90+").</param>
public readonly record struct AgeBand(int From, int? To)
{
    public static readonly AgeBand AllAges = new(0, null);

    public bool IsAllAges => From == 0 && To is null;

    /// <summary>Parses "10-17", "18+", "16" (one year) or "all".</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out AgeBand band)
    {
        band = default;
        var t = text.Trim();
        if (t.Equals("all", StringComparison.OrdinalIgnoreCase) || t.Equals("all ages", StringComparison.OrdinalIgnoreCase))
        {
            band = AllAges;
            return true;
        }
        if (t.EndsWith("+") && int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var open))
        {
            band = new AgeBand(open, null);
            return true;
        }
        var dash = t.IndexOf('-');
        if (dash < 0)
        {
            if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var single)) return false;
            band = new AgeBand(single, single);
            return true;
        }
        if (!int.TryParse(t[..dash].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(t[(dash + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            || to < from) return false;
        band = new AgeBand(from, to);
        return true;
    }

    public bool Contains(int age) => age >= From && (To is null || age <= To);

    /// <summary>
    /// The residents of the band from ONS single-year-of-age estimates of one area and year ("0".."89" and "90+"; the
    /// "all" row is used only for <see cref="AllAges"/>). Null when a year of age the band needs is missing.
    /// </summary>
    public long? Persons(IEnumerable<PopulationEstimate> singleYears)
    {
        if (IsAllAges)
        {
            foreach (var e in singleYears)
            {
                if (e.AgeBand == PopulationEstimate.AllAges) return e.Persons;
            }
        }
        long total = 0;
        var ages = new HashSet<int>();
        foreach (var e in singleYears)
        {
            if (e.AgeBand == PopulationEstimate.AllAges) continue;
            // "90+" stands for every age from 90: it belongs to a band that contains 90.
            var text = e.AgeBand.EndsWith('+') ? e.AgeBand[..^1] : e.AgeBand;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age)) continue;
            if (!Contains(age) || !ages.Add(age)) continue;
            total += e.Persons;
        }
        for (var a = From; a <= Math.Min(To ?? 90, 90); a++)
        {
            if (!ages.Contains(a)) return null;
        }
        return total;
    }

    /// <summary>Events per 1,000 residents of the band; null when there are no residents.</summary>
    public static decimal? RatePer1000(decimal count, long persons) => persons <= 0 ? null : count * 1000m / persons;

    /// <summary>"10-17", "90+", "16", "all ages".</summary>
    public override string ToString() => IsAllAges ? "all ages"
        : To is null ? string.Create(CultureInfo.InvariantCulture, $"{From}+")
        : To == From ? From.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{From}-{To}");
}
