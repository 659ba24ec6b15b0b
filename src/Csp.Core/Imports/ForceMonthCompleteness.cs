using System.Globalization;
using Csp.Core.Periods;

namespace Csp.Core.Imports;

/// <summary>
/// Which of a force's months hold implausibly few rows to be the whole month: a file that is a fragment (a filtered export,
/// a download cut at a line break) still parses cleanly, and a month of 55 rows where the force records 14,000 would
/// otherwise read as crime falling by 100%.
/// </summary>
/// <remarks>
/// The rule: a month is flagged when its rows are below <see cref="MinimumShareOfMedian"/> (25%) of the median of the same
/// force's other months held, and there are at least <see cref="MinimumOtherMonths"/> (3) other months to judge by. Real
/// months vary far less: Kent's lowest month in the bundled sample (13,305 rows) is 82% of its median (16,172). The bound
/// is strict (exactly 25% is not flagged).
/// </remarks>
public static class ForceMonthCompleteness
{
    public const double MinimumShareOfMedian = 0.25;

    public const int MinimumOtherMonths = 3;

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The months of one force that fall below the rule, each with the reason in words.</summary>
    public static IReadOnlyDictionary<YearMonth, string> ImplausiblyFew(IReadOnlyList<(YearMonth Month, long Rows)> months)
    {
        var flagged = new Dictionary<YearMonth, string>();
        if (months.Count <= MinimumOtherMonths) return flagged;
        foreach (var (month, rows) in months)
        {
            var others = months.Where(m => m.Month != month).Select(m => (double)m.Rows).Order().ToList();
            var median = others.Count % 2 == 1 ? others[others.Count / 2] : (others[others.Count / 2 - 1] + others[others.Count / 2]) / 2;
            if (rows < MinimumShareOfMedian * median)
            {
                flagged[month] = string.Create(Culture,
                    $"{rows:N0} rows, below {MinimumShareOfMedian:P0} of {median:N0} (the median of the force's {others.Count} other months): too few to be the whole month");
            }
        }
        return flagged;
    }
}
