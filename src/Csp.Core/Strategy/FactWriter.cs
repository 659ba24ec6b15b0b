using System.Globalization;
using Csp.Core.Assessment;

namespace Csp.Core.Strategy;

/// <summary>
/// Writes a linked fact in the seeds' words from the assessment of its area and months ("Total crime has fallen by 20.9% in
/// Gravesham (Jan-Sept 22 to Jan-Sept 25) compared to an average Kent-wide reduction of 15.0%"). A figure is stated only
/// when the data holds every month it needs (every month of the period; for a change, every month of both periods), so a
/// fact never quietly becomes a partial one.
/// </summary>
public static class FactWriter
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="result">The assessment of the link's area, period and baseline, or null when it could not be made (<paramref name="problem"/> says why).</param>
    public static LinkedFact Write(long id, int theme, FactLink link, AssessmentResult? result, string? problem)
    {
        ArgumentNullException.ThrowIfNull(link);
        var months = $"{link.Period.Label()}";
        if (result is null) return Unavailable(id, theme, link, problem ?? "the assessment cannot be made");
        var row = result.Rows.FirstOrDefault(r => string.Equals(r.Category, link.Category, StringComparison.OrdinalIgnoreCase));
        if (row is null) return Unavailable(id, theme, link, $"the assessment has no category '{link.Category}'");
        var area = result.Area.Name;
        var county = result.County is { } c && c.Code != result.Area.Code ? c.Name : null;
        var d = row.Description;
        if (result.PeriodMonthsHeld.Count < link.Period.MonthCount)
        {
            return Unavailable(id, theme, link, $"the data holds {result.PeriodMonthsHeld.Count} of the {link.Period.MonthCount} months of {months}", area);
        }
        switch (link.Measure)
        {
            case FactMeasure.Count:
            {
                var noun = row.Category == Offences.PoliceUkCrimeTypes.AntiSocialBehaviour ? "incidents" : "crimes";
                var text = string.Create(EnGb, $"{row.Count:N0}");
                return new LinkedFact(id, theme, link, string.Create(EnGb, $"{d.Capitalised()} in {area}: {row.Count:N0} {noun} recorded in {months}."), row.Count, text);
            }
            case FactMeasure.Change:
            {
                if (result.MonthsCompared.Count < link.Period.MonthCount || row.PercentChange is not { } change)
                {
                    return Unavailable(id, theme, link, $"the data cannot compare every month of {months} with {link.Baseline.Label()}", area);
                }
                var (before, after) = (row.ComparedBaselineCount ?? row.BaselineCount, row.ComparedCount ?? row.Count);
                var sentence = change == 0
                    ? string.Create(EnGb, $"{d.Capitalised()} {d.Has()} not changed in {area} ({before:N0} in {link.Baseline.Label()}, {after:N0} in {months})")
                    : string.Create(EnGb, $"{d.Capitalised()} {d.Has()} {(change > 0 ? "risen" : "fallen")} by {Math.Abs(change):0.0}% in {area} ({before:N0} in {link.Baseline.Label()}, {after:N0} in {months})");
                if (row.CountyPercentChange is { } countyChange && county is not null)
                {
                    sentence += string.Create(EnGb, $" compared to an average {county}-wide {(countyChange >= 0 ? "increase" : "reduction")} of {Math.Abs(countyChange):0.0}%");
                }
                return new LinkedFact(id, theme, link, sentence + ".", Math.Round(change, 1), string.Create(EnGb, $"{(change > 0 ? "+" : "")}{change:0.0}%"));
            }
            case FactMeasure.Rate:
            {
                if (row.RatePer1000 is not { } rate) return Unavailable(id, theme, link, $"the data holds no population for {area}", area);
                var sentence = string.Create(EnGb, $"{area}'s rate of {d.InSentence} is {rate:0.0} per 1,000 population in {months}");
                if (row.CountyRatePer1000 is { } countyRate && county is not null) sentence += string.Create(EnGb, $", against {countyRate:0.0} for {county}");
                return new LinkedFact(id, theme, link, sentence + ".", Math.Round(rate, 1), string.Create(EnGb, $"{rate:0.0} per 1,000"));
            }
            default:
            {
                if (row.Rank is not { } rank || row.RatePer1000 is not { } rate) return Unavailable(id, theme, link, $"the data ranks no rate for {area}", area);
                var position = rank == 1 ? "the highest" : rank == row.RankOf ? "the lowest" : $"the {Ordinal(rank)} highest";
                var sentence = string.Create(EnGb, $"{area}'s rate of {d.InSentence} per 1,000 population ({rate:0.0}) is {position} of {row.RankOf} in {result.RankedAmong} in {months}.");
                return new LinkedFact(id, theme, link, sentence, rank, $"{position} of {row.RankOf.ToString(CultureInfo.InvariantCulture)}");
            }
        }
    }

    /// <summary>How a measure is named on the page and in the command's JSON.</summary>
    public static string Name(FactMeasure measure) => measure switch
    {
        FactMeasure.Count => "count",
        FactMeasure.Change => "% change",
        FactMeasure.Rate => "rate per 1,000",
        _ => "rank of the rate",
    };

    private static LinkedFact Unavailable(long id, int theme, FactLink link, string why, string? area = null) =>
        new(id, theme, link, $"{link.Category}, {Name(link.Measure)} for {area ?? link.AreaCode} in {link.Period.Label()}: not available ({why}).", null, "not available");

    private static string Ordinal(int n) => FindingWriter.Ordinal(n);
}
