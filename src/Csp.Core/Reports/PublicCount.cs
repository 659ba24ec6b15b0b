using System.Globalization;

namespace Csp.Core.Reports;

/// <summary>
/// A count as a public output may show it: withheld when it is from 1 to <c>suppressBelow - 1</c> (a handful of cases can
/// point to a person), shown otherwise; zero is shown (it identifies no one). For any public figure drawn from personal
/// data (ASB cases, Case Reviews), whatever the area. <see cref="SmallNumbers"/> is the area-aware rule of the
/// assessment's tables.
/// </summary>
public readonly record struct PublicCount(long Count, bool Withheld)
{
    /// <summary>As printed: the count with thousands separators (en-GB), or the suppression mark.</summary>
    public string Text => Withheld ? CellText.SuppressedMark : Count.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The count, or null when withheld (for JSON and spreadsheets, so the value never leaks).</summary>
    public long? Value => Withheld ? null : Count;

    /// <param name="suppressBelow">Counts from 1 to this minus one are withheld; 0 or 1 withholds nothing.</param>
    public static PublicCount Of(long count, int suppressBelow)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new PublicCount(count, count > 0 && count < suppressBelow);
    }

    /// <summary>
    /// Parts of a total that is published beside them. Each small part is withheld; then, when exactly one part is
    /// withheld and the total is shown, the smallest other non-zero part is withheld too, since otherwise the total
    /// less the others gives the withheld part away (secondary suppression). Ties go to the earlier part.
    /// </summary>
    public static IReadOnlyList<PublicCount> Parts(IReadOnlyList<long> parts, long total, int suppressBelow)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var counts = parts.Select(p => Of(p, suppressBelow)).ToArray();
        var totalShown = !Of(total, suppressBelow).Withheld;
        if (totalShown && counts.Count(c => c.Withheld) == 1)
        {
            var next = -1;
            for (var i = 0; i < counts.Length; i++)
            {
                if (counts[i].Withheld || counts[i].Count == 0) continue;
                if (next < 0 || counts[i].Count < counts[next].Count) next = i;
            }
            if (next >= 0) counts[next] = counts[next] with { Withheld = true };
        }
        return counts;
    }
}
