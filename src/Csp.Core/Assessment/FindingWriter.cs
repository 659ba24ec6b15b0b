using System.Globalization;
using Csp.Core.Offences;

namespace Csp.Core.Assessment;

/// <summary>
/// Writes the findings in the seeds' style from the numbers, and only what they support: "Violent crime has fallen by
/// 11.5% compared to an average Kent-wide reduction of 9.0%"; a change that is not significant is said to be within
/// normal variation; ranks are said only where there is a rank.
/// </summary>
public static class FindingWriter
{
    /// <summary>Categories with fewer crimes than this in both periods get no sentence: their changes are noise.</summary>
    public const int MinimumCount = 20;

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<string> Write(AssessmentResult result) => result.Rows.SelectMany(row => ForCategory(result, row)).ToList();

    /// <summary>The findings about one category (row) of the assessment, in the order <see cref="Write"/> gives them.</summary>
    public static IReadOnlyList<string> ForCategory(AssessmentResult result, AssessmentRow row)
    {
        var findings = new List<string>();
        var county = result.County?.Name;
        var area = result.Area.Name;
        var among = result.RankedAmong;
        var isCounty = result.County?.Code == result.Area.Code;
        var prefix = result.Partial ? "Partial data: " : "";
        if (Math.Max(row.Count, row.BaselineCount) < MinimumCount) return findings;
        var name = Sentence(row.Category);
        var lower = Lower(row.Category);
        if (row.PercentChange is { } change)
        {
            var text = change == 0
                ? string.Create(Culture, $"{name} has not changed ({row.BaselineCount:N0} to {row.Count:N0})")
                : string.Create(Culture, $"{name} has {(change > 0 ? "risen" : "fallen")} by {Math.Abs(change):0.0}% ({row.BaselineCount:N0} to {row.Count:N0})");
            if (row.CountyPercentChange is { } countyChange && county is not null && result.County!.Code != result.Area.Code)
            {
                var countyWord = countyChange >= 0 ? "increase" : "reduction";
                text += string.Create(Culture, $" compared to an average {county}-wide {countyWord} of {Math.Abs(countyChange):0.0}%");
            }
            text += row.Significant
                ? string.Create(Culture, $"; the change is statistically significant (p {PValue(row.PValue)}).")
                : "; the change is within normal variation (not statistically significant).";
            if (row.IsGroup || row.Significant) findings.Add(prefix + text);
        }
        if (row.Rank is { } rank && row.RatePer1000 is { } rate && row.RankOf > 2)
        {
            var position = rank == 1 ? "the highest" : rank == row.RankOf ? "the lowest" : rank <= 3 ? $"the {Ordinal(rank)} highest" : row.RankOf - rank < 3 ? $"the {Ordinal(row.RankOf - rank + 1)} lowest" : null;
            if (position is not null && (row.IsGroup || rank <= 3))
            {
                var comparison = !isCounty && row.CountyRatePer1000 is { } countyRate && county is not null
                    ? string.Create(Culture, $" ({rate:0.0} compared to {countyRate:0.0} for {county})")
                    : string.Create(Culture, $" ({rate:0.0})");
                findings.Add(prefix + $"{area}'s rate of {lower} per 1,000 population is {position} in {among}{comparison}.");
            }
        }
        if (row.ChangeRank is { } changeRank && row.PercentChange is < 0 && row.ChangeRankOf > 2 && row.Significant)
        {
            var fromBottom = row.ChangeRankOf - changeRank + 1;
            if (fromBottom <= 3) findings.Add(prefix + $"{area} had {(fromBottom == 1 ? "the greatest" : $"the {Ordinal(fromBottom)} greatest")} decrease in {lower} in {among}.");
        }
        if (row.ChangeRank is { } riseRank && row.PercentChange is > 0 && row.ChangeRankOf > 2 && row.Significant && riseRank <= 3)
        {
            findings.Add(prefix + $"{area} had {(riseRank == 1 ? "the greatest" : $"the {Ordinal(riseRank)} greatest")} increase in {lower} in {among}.");
        }
        if (!row.IsGroup && row.ShareOfTotal is >= 15)
        {
            findings.Add(prefix + string.Create(Culture, $"{name} accounts for {row.ShareOfTotal:0.0}% of all recorded crime in {area}."));
        }
        // Peaks only, for the groups and the categories whose change is significant: the months a reader should look at.
        if (row.IsGroup || row.Significant)
        {
            var inPeriod = row.Months.Where(x => x.InPeriod).ToList();
            var mean = inPeriod.Count == 0 ? 0 : inPeriod.Average(x => (double)x.Count);
            foreach (var month in row.MonthsThatStandOut)
            {
                var count = row.Months.First(x => x.Month == month).Count;
                if (count <= mean) continue;
                var label = DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMMM yyyy", Culture);
                findings.Add(prefix + string.Create(Culture, $"{label} stands out for {lower}: {count:N0} against a monthly average of {mean:N0} in the period, above the usual range."));
            }
        }
        return findings;
    }

    private static string PValue(double p) => p < 0.001 ? "< 0.001" : "= " + p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Sentence(string category) => category.Length == 0 ? category : char.ToUpperInvariant(category[0]) + category[1..];

    /// <summary>Lower-cased for the middle of a sentence ("violent crime", "anti-social behaviour").</summary>
    private static string Lower(string category) => category == OffenceScheme.TotalCrime ? "crime" : category.ToLower(Culture);

    internal static string Ordinal(int n) => n switch
    {
        1 => "first", 2 => "second", 3 => "third", 4 => "fourth", 5 => "fifth", 6 => "sixth", 7 => "seventh", 8 => "eighth",
        9 => "ninth", 10 => "tenth", 11 => "eleventh", 12 => "twelfth", 13 => "thirteenth",
        _ => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }),
    };
}
