using Csp.Core.Consultation;

namespace Csp.Core.Tests.Consultation;

public sealed class RakingTests
{
    private const byte Unknown = ResponseMatrix.NoAnswer;

    private static byte[] Codes(params (byte Code, int Count)[] runs) => runs.SelectMany(r => Enumerable.Repeat(r.Code, r.Count)).ToArray();

    [Fact]
    public void One_margin_is_met_in_one_sweep_by_target_over_sample_share()
    {
        // 30 men and 70 women raked to 50:50: men 50/30 = 1.6667, women 50/70 = 0.7143.
        var margin = new RakingMargin("Sex", ["Male", "Female"], Codes((0, 30), (1, 70)), [50, 50]);

        var result = Raking.Rake(100, [margin]);

        Assert.True(result.Converged);
        Assert.Equal(1, result.Iterations);
        Assert.Equal(50.0 / 30, result.Weights[0], 12);
        Assert.Equal(50.0 / 70, result.Weights[99], 12);
        // Kish: 100^2 / (30 (5/3)^2 + 70 (5/7)^2) = 10000 / 119.05 = 84.0
        Assert.Equal(84.0, result.EffectiveSampleSize, 10);
    }

    [Fact]
    public void Two_margins_converge_to_the_table_with_the_samples_odds_ratio()
    {
        // Sample cells (row, column): (0,0) 20, (0,1) 30, (1,0) 30, (1,1) 20. Targets: rows 60:40, columns 50:50.
        // Raking keeps the sample's odds ratio (20 x 20) / (30 x 30) = 4/9, so the fitted (0,0) cell x solves
        // x (x - 10) / ((60 - x)(50 - x)) = 4/9, i.e. x^2 + 70x - 2400 = 0, x = (-70 + sqrt 14500) / 2 = 25.2079729...
        // Weights are fitted cell / sample cell.
        var rows = Codes((0, 20), (0, 30), (1, 30), (1, 20));
        var columns = Codes((0, 20), (1, 30), (0, 30), (1, 20));
        var x = (-70 + Math.Sqrt(14500)) / 2;

        var result = Raking.Rake(100, [new RakingMargin("Row", ["r0", "r1"], rows, [0.6, 0.4]), new RakingMargin("Column", ["c0", "c1"], columns, [0.5, 0.5])]);

        Assert.True(result.Converged);
        Assert.True(result.MaxDeviation <= 1e-6);
        Assert.Equal(x / 20, result.Weights[0], 5);
        Assert.Equal((60 - x) / 30, result.Weights[20], 5);
        Assert.Equal((50 - x) / 30, result.Weights[50], 5);
        Assert.Equal((x - 10) / 20, result.Weights[80], 5);
        Assert.Equal(100, result.Weights.Sum(), 9);
    }

    [Fact]
    public void Responses_with_no_answer_keep_their_weight_on_that_margin()
    {
        // 10 unknown; of the 90 known, 30 men and 60 women raked to 50:50 among themselves.
        var margin = new RakingMargin("Sex", ["Male", "Female"], Codes((0, 30), (1, 60), (Unknown, 10)), [1, 1]);

        var result = Raking.Rake(100, [margin]);

        Assert.Equal(1.5, result.Weights[0], 12);
        Assert.Equal(0.75, result.Weights[30], 12);
        Assert.Equal(1, result.Weights[95], 12);
    }

    [Fact]
    public void A_group_with_no_respondent_is_left_out_and_said()
    {
        var margin = new RakingMargin("Ethnicity", ["White", "Black", "Asian"], Codes((0, 80), (2, 20)), [70, 10, 20]);

        var result = Raking.Rake(100, [margin]);

        // Targets rescaled over White and Asian: 70/90 and 20/90.
        Assert.Equal(100 * 70.0 / 90 / 80, result.Weights[0], 12);
        Assert.Equal(100 * 20.0 / 90 / 20, result.Weights[99], 12);
        Assert.Contains(result.Notes, n => n.StartsWith("Ethnicity: no respondent is in 'Black' (10.0% of the population)", StringComparison.Ordinal));
    }

    [Fact]
    public void Running_out_of_iterations_is_reported_as_not_converged()
    {
        var rows = Codes((0, 20), (0, 30), (1, 30), (1, 20));
        var columns = Codes((0, 20), (1, 30), (0, 30), (1, 20));

        var result = Raking.Rake(100, [new RakingMargin("Row", ["r0", "r1"], rows, [0.6, 0.4]), new RakingMargin("Column", ["c0", "c1"], columns, [0.5, 0.5])], new RakingOptions(1e-12, 1));

        Assert.False(result.Converged);
        Assert.Equal(1, result.Iterations);
        Assert.True(result.MaxDeviation > 1e-12);
    }

    [Fact]
    public void A_cap_on_the_weights_holds_and_the_margin_it_prevents_is_reported()
    {
        // 10 men and 90 women raked to 50:50 want men at 5.0. Capped at 3, the men settle at 3 and the women share the
        // rest of the 100: 70 / 90 = 0.7778; the men's weighted share is then 30% against 50%, a gap of 0.2.
        var margin = new RakingMargin("Sex", ["Male", "Female"], Codes((0, 10), (1, 90)), [1, 1]);

        var result = Raking.Rake(100, [margin], new RakingOptions(MaxIterations: 20, MaxWeight: 3));

        Assert.False(result.Converged);
        Assert.Equal(3, result.Weights[0], 6);
        Assert.Equal(70.0 / 90, result.Weights[99], 6);
        Assert.Equal(0.2, result.MaxDeviation, 6);
        Assert.True(result.MaxWeight <= 3);
    }

    [Fact]
    public void A_cap_that_no_weight_reaches_changes_nothing()
    {
        var margin = new RakingMargin("Sex", ["Male", "Female"], Codes((0, 30), (1, 70)), [50, 50]);

        var result = Raking.Rake(100, [margin], new RakingOptions(MaxWeight: 5));

        Assert.True(result.Converged);
        Assert.Equal(50.0 / 30, result.Weights[0], 12);
    }
}
