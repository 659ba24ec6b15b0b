using System.Globalization;
using Csp.Core.Offences;
using Csp.Core.Periods;

namespace Csp.Core.Assessment;

/// <summary>
/// Writes the findings in the seeds' style from the numbers, and only what they support: "Violent crime has fallen by
/// 11.5% compared to an average Kent-wide reduction of 9.0%"; a change that is not significant is said to be within
/// normal variation; a change is stated only over months both periods hold; every rank says which way it runs and out of
/// how many ("the 2nd highest of 13 in Kent"); categories are named by their phrase ("drug offences have risen"), and a
/// change in a category found by police activity carries that caveat.
/// </summary>
internal static class FindingWriter
{
    /// <summary>Categories with fewer crimes than this in both periods get no sentence: their changes are noise.</summary>
    public const int MinimumCount = 20;

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Every finding, most important first: why no comparison is possible (when none is), Total crime, each current
    /// priority of the partnership, then the other categories by <see cref="Importance"/>.
    /// </summary>
    public static IReadOnlyList<string> Write(AssessmentResult result)
    {
        var findings = new List<string>();
        if (!result.Comparable) findings.Add(Prefix(result) + NoComparison(result.Period, result.Baseline, result.PeriodMonthsHeld, result.BaselineMonthsHeld));
        var current = CurrentPriorities(result);
        foreach (var row in Ordered(result))
        {
            var about = ForCategory(result, row);
            // A current priority is always spoken of: its figures in one sentence when no finding states its change.
            if (current.Contains(row.Category) && !StatesChange(row)) findings.Add(Prefix(result) + Describe(result, row));
            findings.AddRange(about);
        }
        return findings;
    }

    /// <summary>
    /// The key findings for a summary: why no comparison is possible (when none is), Total crime's lead finding, one for
    /// each current priority (its change in one sentence however small it is), then the lead finding of the other
    /// categories by importance, then their further findings, up to <paramref name="count"/>. The current priorities are
    /// never dropped to keep to the count.
    /// </summary>
    public static IReadOnlyList<string> Key(AssessmentResult result, int count)
    {
        var key = new List<string>();
        if (!result.Comparable) key.Add(Prefix(result) + NoComparison(result.Period, result.Baseline, result.PeriodMonthsHeld, result.BaselineMonthsHeld));
        var ordered = Ordered(result);
        var current = CurrentPriorities(result);
        var leads = new List<(string Finding, bool Required)>();
        foreach (var row in ordered)
        {
            var findings = ForCategory(result, row);
            var required = current.Contains(row.Category);
            var lead = required ? Lead(result, row) : findings.FirstOrDefault();
            if (lead is not null) leads.Add((lead, required || row.Category == OffenceScheme.TotalCrime));
        }
        var mandatory = key.Count + leads.Count(l => l.Required);
        var room = Math.Max(count, mandatory);
        // Required leads first in their order (Total crime, then the priorities), the others in order of importance while
        // there is room beside the required ones still to come.
        var optional = leads.Where(l => !l.Required).Select(l => l.Finding).ToList();
        key.AddRange(leads.Where(l => l.Required).Select(l => l.Finding));
        foreach (var finding in optional)
        {
            if (key.Count >= room) break;
            key.Add(finding);
        }
        foreach (var row in ordered)
        {
            foreach (var finding in ForCategory(result, row))
            {
                if (key.Count >= room) return key;
                if (!key.Contains(finding)) key.Add(finding);
            }
        }
        return key;
    }

    /// <summary>
    /// How much a category matters to a reader, for ordering: its share of Total crime and its share of Total crime's harm
    /// (each 0 to 1), one more for a significant change, a quarter more for a rate among the three highest of three or
    /// more areas. A group counts half: it repeats its members.
    /// </summary>
    public static double Importance(AssessmentResult result, AssessmentRow row)
    {
        var total = result.Rows.FirstOrDefault(r => r.Category == OffenceScheme.TotalCrime);
        var volume = total is { Count: > 0 } ? (double)row.Count / total.Count : 0;
        var harm = total is { Harm: > 0 } ? row.Harm / total.Harm : 0;
        var importance = volume + harm + (row.Significant == true ? 1 : 0) + (row.Rank is <= 3 && row.RankOf > 2 ? 0.25 : 0);
        return row.IsGroup ? importance / 2 : importance;
    }

    /// <summary>Total crime, then the current priorities in the partnership's order, then the rest by importance.</summary>
    private static List<AssessmentRow> Ordered(AssessmentResult result)
    {
        var current = CurrentPriorities(result);
        var first = result.Rows.Where(r => r.Category == OffenceScheme.TotalCrime)
            .Concat(current.Select(c => result.Rows.FirstOrDefault(r => r.Category == c)).OfType<AssessmentRow>())
            .ToList();
        return [.. first, .. result.Rows.Except(first).OrderByDescending(r => Importance(result, r))];
    }

    private static List<string> CurrentPriorities(AssessmentResult result) =>
        result.Priorities.Where(p => p.CurrentPriority).Select(p => p.Category).ToList();

    /// <summary>
    /// A category's change in one sentence: its first finding when that states the change, else its figures
    /// (<see cref="Describe"/>).
    /// </summary>
    public static string Lead(AssessmentResult result, AssessmentRow row)
    {
        var findings = ForCategory(result, row);
        return StatesChange(row) && findings.Count > 0 ? findings[0] : Prefix(result) + Describe(result, row);
    }

    /// <summary>Whether <see cref="ForCategory"/> states the category's change (it does for a group or a significant change).</summary>
    internal static bool StatesChange(AssessmentRow row) =>
        row.PercentChange is not null && (row.IsGroup || row.Significant == true) && Math.Max(row.Count, row.BaselineCount ?? 0) >= MinimumCount;

    /// <summary>A category's figures in one sentence: "Burglary in Ayton: 30 crimes in Feb 25 against 20 in Jan 25 (+50.0%); ...".</summary>
    public static string Describe(AssessmentResult a, AssessmentRow row)
    {
        var noun = row.Category == PoliceUkCrimeTypes.AntiSocialBehaviour ? "incidents" : "crimes";
        var text = row.BaselineCount is { } baseline
            ? string.Create(Culture, $"{row.Description.Capitalised()} in {a.Area.Name}: {row.Count:N0} {noun} in {a.Period.Label} against {baseline:N0} in {a.Baseline.Label}")
            : string.Create(Culture, $"{row.Description.Capitalised()} in {a.Area.Name}: {row.Count:N0} {noun} in {a.Period.Label}; the data holds no month of {a.Baseline.Label}");
        if (row.PercentChange is null && !a.Comparable) return text + "; no comparison is possible (see the notes).";
        if (Math.Max(row.Count, row.BaselineCount ?? 0) < MinimumCount) return text + "; numbers this small vary a great deal from year to year by chance.";
        var change = row.PercentChange is { } pct ? string.Create(Culture, $" ({(pct > 0 ? "+" : "")}{pct:0.0}%)") : "";
        var caveat = row.Description.Caveat is { } c && row.PercentChange is not null ? " " + c : "";
        return text + change + (row.Significant == true ? "; the change is statistically significant." : "; the change is within normal variation (not statistically significant).") + caveat;
    }

    /// <summary>The findings about one category (row) of the assessment.</summary>
    public static IReadOnlyList<string> ForCategory(AssessmentResult result, AssessmentRow row)
    {
        var findings = new List<string>();
        var county = result.County?.Name;
        var area = result.Area.Name;
        var among = result.RankedAmong;
        var isCounty = result.County?.Code == result.Area.Code;
        var prefix = Prefix(result);
        if (Math.Max(row.Count, row.BaselineCount ?? 0) < MinimumCount) return findings;
        var d = row.Description;
        var name = d.Capitalised();
        var phrase = d.InSentence;
        if (row.PercentChange is { } change)
        {
            var (before, after) = (row.ComparedBaselineCount ?? row.BaselineCount, row.ComparedCount ?? row.Count);
            var over = result.MonthsCompared.Count < result.Period.Months ? $", the {result.MonthsCompared.Count} months both periods hold" : "";
            var text = change == 0
                ? string.Create(Culture, $"{name} {d.Has()} not changed ({before:N0} to {after:N0}{over})")
                : string.Create(Culture, $"{name} {d.Has()} {(change > 0 ? "risen" : "fallen")} by {Math.Abs(change):0.0}% ({before:N0} to {after:N0}{over})");
            if (row.CountyPercentChange is { } countyChange && county is not null && !isCounty)
            {
                var countyWord = countyChange >= 0 ? "increase" : "reduction";
                text += string.Create(Culture, $" compared to an average {county}-wide {countyWord} of {Math.Abs(countyChange):0.0}%");
            }
            text += row.Significant == true
                ? string.Create(Culture, $"; the change is statistically significant (p {PValue(row.PValue ?? 0)}).")
                : "; the change is within normal variation (not statistically significant).";
            if (d.Caveat is { } caveat) text += " " + caveat;
            if (row.IsGroup || row.Significant == true) findings.Add(prefix + text);
        }
        if (row.Rank is { } rank && row.RatePer1000 is { } rate && row.RankOf > 2)
        {
            var position = rank == 1 ? "the highest" : rank == row.RankOf ? "the lowest" : rank <= 3 ? $"the {Ordinal(rank)} highest" : row.RankOf - rank < 3 ? $"the {Ordinal(row.RankOf - rank + 1)} lowest" : null;
            if (position is not null && (row.IsGroup || rank <= 3))
            {
                var comparison = !isCounty && row.CountyRatePer1000 is { } countyRate && county is not null
                    ? string.Create(Culture, $" ({rate:0.0} compared to {countyRate:0.0} for {county})")
                    : string.Create(Culture, $" ({rate:0.0})");
                findings.Add(prefix + $"{area}'s rate of {phrase} per 1,000 population is {position} of {row.RankOf} in {among}{comparison}.");
            }
        }
        if (row.ChangeRank is { } changeRank && row.PercentChange is < 0 && row.ChangeRankOf > 2 && row.Significant == true)
        {
            var fromBottom = row.ChangeRankOf - changeRank + 1;
            if (fromBottom <= 3) findings.Add(prefix + $"{area} had {(fromBottom == 1 ? "the largest" : $"the {Ordinal(fromBottom)} largest")} decrease in {phrase} of {row.ChangeRankOf} in {among}.");
        }
        if (row.ChangeRank is { } riseRank && row.PercentChange is > 0 && row.ChangeRankOf > 2 && row.Significant == true && riseRank <= 3)
        {
            findings.Add(prefix + $"{area} had {(riseRank == 1 ? "the largest" : $"the {Ordinal(riseRank)} largest")} increase in {phrase} of {row.ChangeRankOf} in {among}.");
        }
        if (!row.IsGroup && row.ShareOfTotal is >= 15)
        {
            findings.Add(prefix + string.Create(Culture, $"{name} {(d.Plural ? "account" : "accounts")} for {row.ShareOfTotal:0.0}% of all recorded crime in {area}."));
        }
        // Peaks only, for the groups and the categories whose change is significant: the months a reader should look at.
        // The average is over the period's months the data holds; a month without data never stands out.
        if (row.IsGroup || row.Significant == true)
        {
            var inPeriod = row.Months.Where(x => x.InPeriod && x.Count is not null).ToList();
            var mean = inPeriod.Count == 0 ? 0 : inPeriod.Average(x => (double)x.Count!.Value);
            var over = inPeriod.Count < result.Period.Months ? $"in the {inPeriod.Count} months held" : "in the period";
            foreach (var month in row.MonthsThatStandOut)
            {
                if (row.Months.First(x => x.Month == month).Count is not { } count || count <= mean) continue;
                var label = DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMMM yyyy", Culture);
                findings.Add(prefix + string.Create(Culture, $"{label} stands out for {phrase}: {count:N0} against a monthly average of {mean:N0} {over}, above the usual range."));
            }
        }
        return findings;
    }

    /// <summary>Why no month of the period can be compared with the baseline, naming the months missing on each side.</summary>
    public static string NoComparison(PeriodRef period, PeriodRef baseline, IReadOnlyList<string> periodHeld, IReadOnlyList<string> baselineHeld)
    {
        static List<YearMonth> Months(PeriodRef p) => new MonthRange(YearMonth.Parse(p.From), YearMonth.Parse(p.To)).Months().ToList();
        var periodMissing = Months(period).Where(m => !periodHeld.Contains(m.ToString())).ToList();
        var baselineMissing = Months(baseline).Where(m => !baselineHeld.Contains(m.ToString())).ToList();
        var held = periodHeld.Select(YearMonth.Parse).ToList();
        string text;
        if (baselineHeld.Count == 0)
        {
            text = $"No comparison with {baseline.Label} is possible: the data holds none of its months ({MonthCoverage.Describe(baselineMissing)}), so no change, % change or significance is given.";
            if (held.Count > 0 && periodMissing.Count > 0)
            {
                text += $" The figures are for the {held.Count} months of {period.Label} held ({MonthCoverage.Describe(held)}); {MonthCoverage.Describe(periodMissing)} {(periodMissing.Count == 1 ? "has" : "have")} no data.";
            }
        }
        else if (held.Count == 0)
        {
            text = $"No comparison is possible: the data holds none of the months of {period.Label} ({MonthCoverage.Describe(periodMissing)}).";
        }
        else
        {
            text = $"No comparison is possible: no month of {period.Label} is held together with its month in {baseline.Label} (missing: {MonthCoverage.Describe([.. baselineMissing, .. periodMissing])}).";
        }
        return text;
    }

    private static string Prefix(AssessmentResult result) => result.Partial ? "Partial data: " : "";

    private static string PValue(double p) => p < 0.001 ? "< 0.001" : "= " + p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>"2nd", "3rd", "11th": as the issue asks ranks to read ("2nd highest of 13").</summary>
    internal static string Ordinal(int n) =>
        n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
