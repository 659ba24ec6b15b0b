using Csp.Core.Periods;

namespace Csp.Core.Strategy;

/// <summary>
/// A fact of a strategy's priority held as a reference to the Strategic Assessment, not as text: which area, which
/// category (a police.uk crime type or a group of the scheme, "Total crime"), which figure, over which months against
/// which baseline. The strategy renders the figure the data gives now; a refresh moves the months on by the years between
/// the versions and so states the year's figure.
/// </summary>
/// <param name="Period">The months stated, both ends included.</param>
/// <param name="Baseline">The months compared with (used by <see cref="FactMeasure.Change"/>; the assessment needs one for every measure).</param>
public sealed record FactLink(string AreaCode, string Category, FactMeasure Measure, MonthRange Period, MonthRange Baseline)
{
    /// <summary>The same fact <paramref name="years"/> years on (the period and the baseline moved together): what an annual refresh states.</summary>
    public FactLink Shifted(int years) => this with { Period = Period.Shift(12 * years), Baseline = Baseline.Shift(12 * years) };

    /// <summary>What the fact is about, without its months: a refresh's fact is the same fact as the version before's.</summary>
    public string Key => $"{AreaCode}|{Category}|{Measure}";
}
