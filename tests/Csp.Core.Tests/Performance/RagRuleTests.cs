using Csp.Core.Performance;

namespace Csp.Core.Tests.Performance;

public sealed class RagRuleTests
{
    private static Measure Measure(MeasureUnit unit = MeasureUnit.Count, Polarity polarity = Polarity.LowerIsBetter, decimal? tolerance = null) =>
        new("m", "", MeasureSourceKind.PartnerReturn, "m", unit, polarity, null, new Dictionary<string, MeasureTarget>(), "", "", Tolerance: tolerance);

    private static readonly MeasureTarget Level120 = new(TargetKind.Number, 120);

    [Theory]
    // Level 120, lower is better, tolerance 5% of 120 = 6: 126 is the last amber figure.
    [InlineData(118, RagStatus.Green)]
    [InlineData(120, RagStatus.Green)]
    [InlineData(126, RagStatus.Amber)]
    [InlineData(126.01, RagStatus.Red)]
    public void A_count_is_green_on_target_amber_within_five_per_cent_and_red_beyond(double value, RagStatus expected)
    {
        Assert.Equal(expected, RagRule.Default.Rate(Measure(), Level120, (decimal)value, null));
    }

    [Fact]
    public void Higher_is_better_mirrors_the_rule()
    {
        var m = Measure(polarity: Polarity.HigherIsBetter);
        var increase = new MeasureTarget(TargetKind.Improve, 0);
        Assert.Equal(RagStatus.Green, RagRule.Default.Rate(m, increase, 225, 212));
        // 236 against 240: 4 worse, within 5% of 240 (12).
        Assert.Equal(RagStatus.Amber, RagRule.Default.Rate(m, increase, 236, 240));
        Assert.Equal(RagStatus.Red, RagRule.Default.Rate(m, increase, 200, 240));
    }

    [Fact]
    public void Reduce_needs_a_figure_below_the_baseline_and_maintain_accepts_the_same()
    {
        var m = Measure();
        Assert.Equal(RagStatus.Amber, RagRule.Default.Rate(m, new MeasureTarget(TargetKind.Improve, 0), 48, 48));
        Assert.Equal(RagStatus.Green, RagRule.Default.Rate(m, MeasureTarget.Maintain, 21, 21));
        // Maintain 21: 22 is 1 worse, within 1.05.
        Assert.Equal(RagStatus.Amber, RagRule.Default.Rate(m, MeasureTarget.Maintain, 22, 21));
        Assert.Equal(RagStatus.Red, RagRule.Default.Rate(m, MeasureTarget.Maintain, 23, 21));
    }

    [Fact]
    public void A_percentage_has_a_tolerance_in_points()
    {
        var m = Measure(MeasureUnit.Percentage);
        var reduce = new MeasureTarget(TargetKind.Improve, 0);
        Assert.Equal(RagStatus.Amber, RagRule.Default.Rate(m, reduce, 24.1m, 23.0m));
        Assert.Equal(RagStatus.Red, RagRule.Default.Rate(m, reduce, 25.1m, 23.0m));
        Assert.Equal(RagStatus.Amber, RagRule.Default.Rate(Measure(MeasureUnit.Percentage, tolerance: 0.5m), reduce, 23.5m, 23.0m));
        Assert.Equal(RagStatus.Red, RagRule.Default.Rate(Measure(MeasureUnit.Percentage, tolerance: 0.5m), reduce, 23.6m, 23.0m));
    }

    [Fact]
    public void Monitor_only_no_target_no_figure_or_no_baseline_is_not_rated()
    {
        Assert.Equal(RagStatus.NotRated, RagRule.Default.Rate(Measure(polarity: Polarity.MonitorOnly), Level120, 100, 90));
        Assert.Equal(RagStatus.NotRated, RagRule.Default.Rate(Measure(), null, 100, 90));
        Assert.Equal(RagStatus.NotRated, RagRule.Default.Rate(Measure(), Level120, null, 90));
        Assert.Equal(RagStatus.NotRated, RagRule.Default.Rate(Measure(), MeasureTarget.Maintain, 100, null));
    }

    [Fact]
    public void The_statuses_are_written_as_the_json_has_them_and_the_worse_wins()
    {
        Assert.Equal(["green", "amber", "red", "not rated"], Enum.GetValues<RagStatus>().Select(s => s.Label()));
        Assert.Equal(RagStatus.Amber, RagStatuses.Worse(RagStatus.Green, RagStatus.Amber));
        Assert.Equal(RagStatus.Red, RagStatuses.Worse(RagStatus.Red, RagStatus.Amber));
        Assert.Equal(RagStatus.Green, RagStatuses.Worse(RagStatus.NotRated, RagStatus.Green));
    }
}
