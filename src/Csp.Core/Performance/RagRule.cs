namespace Csp.Core.Performance;

/// <summary>
/// How a figure is rated against its target. The target gives a level: a number is itself; a % change is the baseline
/// times (1 + change/100); a points change is the baseline plus the points; "maintain" and "reduce"/"increase" are the
/// baseline. Then, with "worse" read by the measure's polarity:
/// <list type="bullet">
/// <item>green: on the level or better (for "reduce"/"increase": strictly better than the baseline);</item>
/// <item>amber: worse than the level by no more than the tolerance (default 5% of the level, or 2 percentage points for a
/// percentage measure; bounds inclusive);</item>
/// <item>red: worse by more than the tolerance;</item>
/// <item>not rated: monitor-only measures, no target, no figure for the period, or a target that needs a baseline that
/// is not there.</item>
/// </list>
/// </summary>
/// <param name="TolerancePercent">The amber band for counts, rates and money, in per cent of the target level.</param>
/// <param name="TolerancePoints">The amber band for percentage measures, in percentage points.</param>
public sealed record RagRule(decimal TolerancePercent = 5m, decimal TolerancePoints = 2m)
{
    public static readonly RagRule Default = new();

    /// <summary>The rule in words, for the foot of a performance table.</summary>
    public string Statement =>
        $"Green: on or better than target. Amber: worse than target by no more than {TolerancePercent:0.#}% of the target level " +
        $"({TolerancePoints:0.#} percentage points for percentages). Red: worse than that. Not rated: monitor-only, no target, " +
        "or no figure. A target of \"maintain\" or \"reduce\" is judged against the same period a year earlier.";

    public RagStatus Rate(Measure measure, MeasureTarget? target, decimal? value, decimal? baseline)
    {
        if (measure.Polarity == Polarity.MonitorOnly || target is null || value is not { } v) return RagStatus.NotRated;
        if (target.Level(baseline) is not { } level) return RagStatus.NotRated;
        var tolerance = measure.Unit == MeasureUnit.Percentage
            ? measure.Tolerance ?? TolerancePoints
            : Math.Abs(level) * (measure.Tolerance ?? TolerancePercent) / 100m;
        // How much worse than the level the figure is: positive is worse.
        var worseBy = measure.Polarity == Polarity.LowerIsBetter ? v - level : level - v;
        if (target.Kind == TargetKind.Improve ? worseBy < 0 : worseBy <= 0) return RagStatus.Green;
        return worseBy <= tolerance ? RagStatus.Amber : RagStatus.Red;
    }
}
