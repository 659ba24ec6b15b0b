using Csp.Core.Consultation;

namespace Csp.Core.Tests.Consultation;

public sealed class RepresentativenessTests
{
    // Seed 001's sample (lines 596-658) against Dartford and Gravesham's population: mid-2022 residents aged 16+ by
    // band, and Census 2021 ethnic groups (data/sample/consultation/population).
    private static readonly SurveyQuestion Age = new("age", "Your age", QuestionKind.AgeBand);
    private static readonly SurveyQuestion Ethnicity = new("ethnicity", "Your ethnic group", QuestionKind.Ethnicity) { Options = SurveyScales.Seed001EthnicGroups };
    private static readonly Survey Survey = new("t9", "T9", new DateOnly(2013, 1, 1), new DateOnly(2013, 2, 1), [Age, Ethnicity]);

    private static readonly (string Option, int Count)[] SampleAges = [("Under 18", 1), ("18-24", 5), ("25-34", 18), ("35-44", 54), ("45-54", 92), ("55-64", 123), ("65+", 152)];
    private static readonly (string Option, int Count)[] SampleEthnicity =
    [
        ("White British", 395), ("White Irish", 6), ("White other", 8), ("White & Black Caribbean", 1), ("White & Black African", 2),
        ("White & Asian", 4), ("Any other White mixed background", 1), ("Indian", 15), ("Pakistani", 1), ("Chinese", 2), ("African", 3), ("Other", 4),
    ];

    private static readonly CharacteristicSpec AgeSpec = new("Age", "age",
        [new("16-17", 5705), new("18-24", 14961), new("25-34", 31249), new("35-44", 34065), new("45-54", 29430), new("55-64", 26077), new("65+", 34688)],
        new Dictionary<string, string> { ["Under 18"] = "16-17", ["18-24"] = "18-24", ["25-34"] = "25-34", ["35-44"] = "35-44", ["45-54"] = "45-54", ["55-64"] = "55-64", ["65+"] = "65+" },
        "ONS mid-2022");

    private static readonly CharacteristicSpec EthnicitySpec = new("Ethnicity", "ethnicity",
        [new("White British", 151587), new("White Irish", 1511), new("Other White", 15731), new("Mixed or Multiple", 6466), new("Asian", 23512), new("Black", 19234), new("Other ethnic group", 5615)],
        new Dictionary<string, string>
        {
            ["White British"] = "White British", ["White Irish"] = "White Irish", ["White other"] = "Other White", ["Polish"] = "Other White",
            ["White & Black Caribbean"] = "Mixed or Multiple", ["White & Black African"] = "Mixed or Multiple", ["White & Asian"] = "Mixed or Multiple",
            ["Any other White mixed background"] = "Mixed or Multiple", ["Indian"] = "Asian", ["Pakistani"] = "Asian", ["Chinese"] = "Asian",
            ["African"] = "Black", ["Other"] = "Other ethnic group",
        },
        "Census 2021");

    private static ResponseMatrix Sample()
    {
        var responses = new List<SurveyResponse>();
        var ages = SampleAges.SelectMany(a => Enumerable.Repeat(a.Option, a.Count)).ToList();
        var ethnic = SampleEthnicity.SelectMany(a => Enumerable.Repeat(a.Option, a.Count)).ToList();
        for (var i = 0; i < 456; i++)
        {
            var answers = new Dictionary<AnswerKey, string>();
            if (i < ages.Count) answers[new AnswerKey("age")] = ages[i];
            if (i < ethnic.Count) answers[new AnswerKey("ethnicity")] = ethnic[(i * 7) % ethnic.Count];
            responses.Add(new SurveyResponse($"r{i}", answers));
        }
        return ResponseMatrix.Build(Survey, responses);
    }

    [Fact]
    public void Age_is_compared_with_every_band_tested_as_scipy_does()
    {
        // scipy.stats.chisquare([1, 5, 18, 54, 92, 123, 152], population shares x 445) -> 200.9610636444374, p 1.18e-40.
        var comparison = Representativeness.Compare(Sample(), AgeSpec);

        Assert.Equal(445, comparison.Compared);
        Assert.Equal(11, comparison.NoAnswer);
        Assert.Empty(comparison.PooledGroups);
        Assert.Equal(200.9610636444374, comparison.Test!.Statistic, 9);
        Assert.Equal(6, comparison.Test.DegreesOfFreedom);
        Assert.Equal(1, comparison.Test.PValue / 1.1847784160719222e-40, 1e-8);
        Assert.Equal(34.157, comparison.Groups[6].SamplePercent!.Value, 3);   // 152 / 445
        Assert.Equal(19.690, comparison.Groups[6].PopulationPercent, 3);      // 34,688 / 176,175
        Assert.StartsWith("Age: the sample differs from the population (chi-square 201.0, 6 df, p < 0.001); most over-represented 65+ (34.2% of respondents, 19.7% of residents)", comparison.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Ethnic_groups_expected_under_five_are_pooled_before_the_test()
    {
        // White Irish expects 2.99 of 442: pooled, and still under 5, so folded into the smallest tested cell (Other
        // ethnic group, 11.10). scipy.stats.chisquare([395, 8, 8, 18, 3, 10], shares of [151587, 15731, 6466, 23512,
        // 19234, 1511 + 5615] x 442) -> 100.20108463043013, p 4.793745417915331e-20.
        var comparison = Representativeness.Compare(Sample(), EthnicitySpec);

        Assert.Equal(442, comparison.Compared);
        Assert.Equal(["White Irish", "Other ethnic group"], comparison.PooledGroups);
        Assert.Equal(100.20108463043013, comparison.Test!.Statistic, 9);
        Assert.Equal(5, comparison.Test.DegreesOfFreedom);
        Assert.Equal(1, comparison.Test.PValue / 4.793745417915331e-20, 1e-8);
        Assert.Equal(8, comparison.Groups.Single(g => g.Group == "Mixed or Multiple").Sample);
    }

    [Fact]
    public void Raking_weights_bring_the_weighted_sample_to_the_population_margins()
    {
        var matrix = Sample();

        var result = Representativeness.Weights(matrix, [AgeSpec, EthnicitySpec]);
        var weighted = SurveyTabulator.Tabulate(matrix, result.Weights).Weighted;
        var ages = weighted.Single(t => t.QuestionId == "age");

        Assert.True(result.Converged);
        Assert.InRange(result.Iterations, 2, 100);
        Assert.Equal(456, result.Weights.Sum(), 9);
        for (var band = 0; band < 7; band++)
        {
            // Within the default tolerance: 1e-6 as a share, 1e-4 percentage points.
            Assert.InRange(ages.Options[band].Percent!.Value - AgeSpec.Population[band].Residents / 176175 * 100, -1e-4, 1e-4);
        }
        Assert.True(result.EffectiveSampleSize < 456);
    }

    [Fact]
    public void An_option_mapped_to_a_group_the_population_lacks_is_refused()
    {
        var spec = AgeSpec with { OptionGroups = new Dictionary<string, string> { ["65+"] = "65-74" } };

        var e = Assert.Throws<ArgumentException>(() => Representativeness.Compare(Sample(), spec));

        Assert.Contains("'65-74'", e.Message, StringComparison.Ordinal);
    }
}
