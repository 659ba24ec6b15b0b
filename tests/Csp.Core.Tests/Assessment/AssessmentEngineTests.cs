using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;

namespace Csp.Core.Tests.Assessment;

/// <summary>A hand-worked county of three districts, each with one LSOA, over two months.</summary>
public sealed class AssessmentEngineTests
{
    private static readonly YearMonth Jan = new(2025, 1), Feb = new(2025, 2);

    // District A: burglary 20 -> 30, ASB 10 -> 5. B: burglary 40 -> 40. C: burglary 10 -> 5.
    private static readonly CrimeCounts Counts = CrimeCounts.Build(
    [
        ("LA", "Burglary", Jan, 20), ("LA", "Burglary", Feb, 30), ("LA", "Anti-social behaviour", Jan, 10), ("LA", "Anti-social behaviour", Feb, 5),
        ("LB", "Burglary", Jan, 40), ("LB", "Burglary", Feb, 40),
        ("LC", "Burglary", Jan, 10), ("LC", "Burglary", Feb, 5),
    ]);

    private static readonly AreaModel Areas = BuildAreas();

    private static AreaModel BuildAreas()
    {
        var areas = new List<Area>
        {
            new("F", "Shire", AreaLevel.ForceArea, null),
            new("P", "A and B", AreaLevel.CommunitySafetyPartnership, "F"),
            new("P2", "C", AreaLevel.CommunitySafetyPartnership, "F"),
            new("A", "Ayton", AreaLevel.District, "P"),
            new("B", "Beeton", AreaLevel.District, "P"),
            new("C", "Ceeton", AreaLevel.District, "P2"),
        };
        int U(string code) => Counts.Units.ToList().IndexOf(code);
        var units = new Dictionary<string, int[]>
        {
            ["A"] = [U("LA")], ["B"] = [U("LB")], ["C"] = [U("LC")], ["P"] = [U("LA"), U("LB")], ["P2"] = [U("LC")], ["F"] = [U("LA"), U("LB"), U("LC")],
        };
        var population = new Dictionary<(string, int), long>
        {
            [("A", 2024)] = 10_000, [("B", 2024)] = 20_000, [("C", 2024)] = 2_000, [("F", 2024)] = 32_000, [("P", 2024)] = 30_000, [("P2", 2024)] = 2_000,
        };
        return new AreaModel(areas, units, population, new Dictionary<string, string> { ["A"] = "F", ["B"] = "F", ["C"] = "F" });
    }

    private static AssessmentResult Assess(string code) => AssessmentEngine.Assess(Counts, Areas, new AssessmentRequest(
        Areas.Find(code)!,
        PeriodComparison.Explicit(new MonthRange(Feb, Feb), new MonthRange(Jan, Jan)),
        new OffenceScheme(OffenceScheme.ParseGroups(CsvRows.Of("Category,Crime type", "Total crime,*", "Total crime,-Anti-social behaviour"), "g", []),
            new Dictionary<string, double> { ["Burglary"] = 126 }),
        PriorityJudgements.Default, null, [], false));

    [Fact]
    public void Counts_changes_and_rates_are_the_hand_worked_figures()
    {
        var burglary = Assess("A").Rows.Single(r => r.Category == "Burglary");

        Assert.Equal((30L, 20L, 10L), (burglary.Count, burglary.BaselineCount, burglary.Change));
        Assert.Equal(50.0, burglary.PercentChange);
        Assert.Equal(3.0, burglary.RatePer1000);          // 30 / 10,000 x 1,000
        Assert.Equal(2.0, burglary.BaselineRatePer1000);
        Assert.Equal(100.0, burglary.ShareOfTotal);        // burglary is all of A's crime
        Assert.Equal(30 * 126.0, burglary.Harm);
    }

    [Fact]
    public void The_rank_is_among_the_districts_of_the_force_area_highest_rate_first()
    {
        // Rates in February: A 3.0, B 2.0, C 2.5 per 1,000. % change: A +50%, B 0%, C -50%.
        var a = Assess("A").Rows.Single(r => r.Category == "Burglary");
        var c = Assess("C").Rows.Single(r => r.Category == "Burglary");

        Assert.Equal((1, 3), (a.Rank!.Value, a.RankOf));
        Assert.Equal(2, c.Rank);
        Assert.Equal(1, a.ChangeRank);
        Assert.Equal(3, c.ChangeRank);
    }

    [Fact]
    public void The_county_figures_are_the_sum_over_the_force_area()
    {
        var burglary = Assess("A").Rows.Single(r => r.Category == "Burglary");

        Assert.Equal((75L, 70L), (burglary.CountyCount, burglary.CountyBaselineCount));
        Assert.Equal(7.1, burglary.CountyPercentChange);   // (75 - 70) / 70 = 7.14%
        Assert.Equal(2.34, burglary.CountyRatePer1000);    // 75 / 32,000 x 1,000
    }

    [Fact]
    public void Total_crime_leaves_out_ASB_and_ASB_has_no_share_of_crime()
    {
        var rows = Assess("A").Rows;

        Assert.Equal(30, rows.Single(r => r.Category == OffenceScheme.TotalCrime).Count);
        Assert.Null(rows.Single(r => r.Category == PoliceUkCrimeTypes.AntiSocialBehaviour).ShareOfTotal);
        Assert.Equal(PoliceUkCrimeTypes.AntiSocialBehaviour, rows[^1].Category);
    }

    [Fact]
    public void A_CSP_is_ranked_among_the_CSPs_of_its_force_area()
    {
        var total = Assess("P").Rows.Single(r => r.Category == OffenceScheme.TotalCrime);

        Assert.Equal(70, total.Count);
        Assert.Equal(2, total.RankOf);
    }

    [Fact]
    public void A_month_that_stands_out_is_named_with_its_count_against_the_monthly_average_in_thousands()
    {
        // Burglary in one district: 1,000 a month through 2025 but 1,300 in July (the c-chart's upper limit is about
        // 1,025 + 3 x 32), against 500 a month in 2024. The average of the period is (11 x 1,000 + 1,300) / 12 = 1,025.
        var year = Enumerable.Range(1, 12).ToList();
        var counts = CrimeCounts.Build([
            .. year.Select(m => ("LA", "Burglary", new YearMonth(2025, m), m == 7 ? 1_300 : 1_000)),
            .. year.Select(m => ("LA", "Burglary", new YearMonth(2024, m), 500)),
        ]);
        var areas = new AreaModel(
            [new("F", "Shire", AreaLevel.ForceArea, null), new("A", "Ayton", AreaLevel.District, "F")],
            new Dictionary<string, int[]> { ["A"] = [0], ["F"] = [0] },
            new Dictionary<(string, int), long> { [("A", 2024)] = 100_000, [("F", 2024)] = 100_000 },
            new Dictionary<string, string> { ["A"] = "F" });
        var result = AssessmentEngine.Assess(counts, areas, new AssessmentRequest(
            areas.Find("A")!,
            PeriodComparison.Explicit(new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 12)), new MonthRange(new YearMonth(2024, 1), new YearMonth(2024, 12))),
            new OffenceScheme(OffenceScheme.ParseGroups(CsvRows.Of("Category,Crime type", "Total crime,*"), "g", []), new Dictionary<string, double> { ["Burglary"] = 126 }),
            PriorityJudgements.Default, null, [], false));

        Assert.Contains("July 2025 stands out for burglary: 1,300 against a monthly average of 1,025 in the period, above the usual range.", result.Findings);
    }

    [Fact]
    public void Findings_say_nothing_that_the_numbers_do_not_support()
    {
        var result = Assess("A");

        // Burglary 20 -> 30 is not significant (p = 0.2), so no sentence claims it has changed significantly.
        Assert.Contains(result.Findings, f => f.Contains("has risen by 50.0% (20 to 30)", StringComparison.Ordinal) && f.Contains("within normal variation", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Contains("statistically significant (p", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.StartsWith("Ayton's rate of crime per 1,000 population is the highest of 3 in Shire (3.0 compared to 2.3 for Shire)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_comparison_is_labelled_in_every_finding()
    {
        var result = AssessmentEngine.Assess(Counts, Areas, new AssessmentRequest(Areas.Find("A")!,
            PeriodComparison.Explicit(new MonthRange(Feb, Feb), new MonthRange(Jan, Jan)),
            new OffenceScheme([], new Dictionary<string, double>()), PriorityJudgements.Default, null, [new MissingMonth("Shire Police", "2025-01")], true));

        Assert.True(result.Partial);
        Assert.All(result.Findings, f => Assert.StartsWith("Partial data: ", f, StringComparison.Ordinal));
        Assert.StartsWith("PARTIAL", result.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_of_another_length_is_compared_per_month_and_says_so()
    {
        // February against January and February: burglary 30 against 50 over two months, i.e. 25 a month: +20%.
        var result = AssessmentEngine.Assess(Counts, Areas, new AssessmentRequest(Areas.Find("A")!,
            PeriodComparison.Explicit(new MonthRange(Feb, Feb), new MonthRange(Jan, Feb)),
            new OffenceScheme([], new Dictionary<string, double>()), PriorityJudgements.Default, null, [], false));
        var burglary = result.Rows.Single(r => r.Category == "Burglary");

        Assert.Equal(50, burglary.BaselineCount);
        Assert.Equal(5, burglary.Change);
        Assert.Equal(20.0, burglary.PercentChange);
        Assert.Contains(result.Notes, n => n.Contains("scaled to the period's length", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sibling_without_a_population_is_not_counted_in_the_rank()
    {
        int U(string code) => Counts.Units.ToList().IndexOf(code);
        var areas = new AreaModel(
            [new("F", "Shire", AreaLevel.ForceArea, null), new("P", "P", AreaLevel.CommunitySafetyPartnership, "F"), new("A", "Ayton", AreaLevel.District, "P"), new("B", "Beeton", AreaLevel.District, "P"), new("C", "Ceeton", AreaLevel.District, "P")],
            new Dictionary<string, int[]> { ["A"] = [U("LA")], ["B"] = [U("LB")], ["C"] = [U("LC")], ["F"] = [U("LA"), U("LB"), U("LC")], ["P"] = [U("LA"), U("LB"), U("LC")] },
            new Dictionary<(string, int), long> { [("A", 2024)] = 10_000, [("B", 2024)] = 20_000, [("F", 2024)] = 32_000 },
            new Dictionary<string, string> { ["A"] = "F", ["B"] = "F", ["C"] = "F" });

        var row = AssessmentEngine.Assess(Counts, areas, new AssessmentRequest(areas.Find("B")!,
            PeriodComparison.Explicit(new MonthRange(Feb, Feb), new MonthRange(Jan, Jan)),
            new OffenceScheme([], new Dictionary<string, double>()), PriorityJudgements.Default, null, [], false)).Rows.Single(r => r.Category == "Burglary");

        Assert.Equal((2, 2), (row.Rank!.Value, row.RankOf)); // C has no population: B (2.0) is second of two, not of three
        Assert.Equal(3, row.ChangeRankOf);
    }

    /// <summary>
    /// Burglary in one district with data for January to November 2022 and January to September 2025 only (the sample's
    /// shape): 10 a month in 2025 but 40 in March, 12 a month in 2022. The months between are inside the data's range
    /// but held by no force.
    /// </summary>
    private static AssessmentResult YearEndingSeptember2025WithoutBaseline()
    {
        var months2022 = Enumerable.Range(1, 11).Select(m => new YearMonth(2022, m)).ToList();
        var months2025 = Enumerable.Range(1, 9).Select(m => new YearMonth(2025, m)).ToList();
        var counts = CrimeCounts.Build([
            .. months2022.Select(m => ("LA", "Burglary", m, 12)),
            .. months2025.Select(m => ("LA", "Burglary", m, m.Month == 3 ? 40 : 10)),
        ]);
        var areas = new AreaModel(
            [new("F", "Shire", AreaLevel.ForceArea, null), new("A", "Ayton", AreaLevel.District, "F")],
            new Dictionary<string, int[]> { ["A"] = [0], ["F"] = [0] },
            new Dictionary<(string, int), long> { [("A", 2024)] = 100_000, [("F", 2024)] = 100_000 },
            new Dictionary<string, string> { ["A"] = "F" });
        var periods = PeriodComparison.YearEndingSeptember(2025);
        var held = months2022.Concat(months2025).ToHashSet();
        var missing = periods.Baseline.Months().Concat(periods.Period.Months()).Where(m => !held.Contains(m)).Select(m => new MissingMonth("Shire Police", m.ToString())).ToList();
        return AssessmentEngine.Assess(counts, areas, new AssessmentRequest(areas.Find("A")!, periods,
            new OffenceScheme(OffenceScheme.ParseGroups(CsvRows.Of("Category,Crime type", "Total crime,*"), "g", []), new Dictionary<string, double> { ["Burglary"] = 126 }),
            PriorityJudgements.Default, null, missing, true) { MonthsHeld = held });
    }

    [Fact]
    public void A_partial_year_without_a_single_baseline_month_makes_no_comparison_and_says_why()
    {
        var result = YearEndingSeptember2025WithoutBaseline();
        var burglary = result.Rows.Single(r => r.Category == "Burglary");

        Assert.Equal(120L, burglary.Count); // 8 x 10 + 40 over the nine months held
        // No month of the baseline is held: its count, rate, harm and the county's are unknown, not zero.
        Assert.Equal((null, null, null, null), (burglary.BaselineCount, burglary.BaselineRatePer1000, burglary.BaselineHarm, burglary.CountyBaselineCount));
        Assert.DoesNotContain(result.Findings, f => f.Contains("against 0 in", StringComparison.Ordinal));
        Assert.Null(burglary.Change);
        Assert.Null(burglary.PercentChange);
        Assert.Null(burglary.PValue);
        Assert.Null(burglary.Significant);
        Assert.Null(burglary.ChangeRank);
        var why = Assert.Single(result.Findings, f => f.Contains("no comparison", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("2023-10..2024-09", why, StringComparison.Ordinal);   // the baseline months missing
        Assert.Contains("2024-10..2024-12", why, StringComparison.Ordinal);   // the period's months missing
        Assert.DoesNotContain(result.Findings, f => f.Contains("risen", StringComparison.Ordinal) || f.Contains("significant (p", StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_without_data_is_never_standing_out_and_the_average_is_over_the_months_held()
    {
        var result = YearEndingSeptember2025WithoutBaseline();
        var burglary = result.Rows.Single(r => r.Category == "Burglary");

        Assert.Null(burglary.Months.Single(m => m.Month == "2024-11").Count);
        Assert.Equal(["2025-03"], burglary.MonthsThatStandOut);
        // 120 over the nine months held is 13.3 a month (not 120 / 12 = 10): the c-chart's upper limit is 13.3 + 3 x 3.65 = 24.3.
        Assert.Contains(result.Findings, f => f.Contains("March 2025 stands out for crime: 40 against a monthly average of 13 in the 9 months held", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("9 months held", StringComparison.Ordinal) && n.Contains("not annualised", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_compares_only_the_months_both_periods_hold()
    {
        // January to March 2025 against 2024, February 2024 missing: burglary 20, 100, 20 against 10, -, 10. Compared:
        // January and March, 40 against 20 (+100%); February 2025 is counted in the period but compared with nothing.
        var counts = CrimeCounts.Build([
            ("LA", "Burglary", new YearMonth(2024, 1), 10), ("LA", "Burglary", new YearMonth(2024, 3), 10),
            ("LA", "Burglary", new YearMonth(2025, 1), 20), ("LA", "Burglary", new YearMonth(2025, 2), 100), ("LA", "Burglary", new YearMonth(2025, 3), 20),
        ]);
        var areas = new AreaModel(
            [new("F", "Shire", AreaLevel.ForceArea, null), new("A", "Ayton", AreaLevel.District, "F")],
            new Dictionary<string, int[]> { ["A"] = [0], ["F"] = [0] },
            new Dictionary<(string, int), long> { [("A", 2024)] = 100_000, [("F", 2024)] = 100_000 },
            new Dictionary<string, string> { ["A"] = "F" });
        var held = new[] { new YearMonth(2024, 1), new YearMonth(2024, 3), new YearMonth(2025, 1), new YearMonth(2025, 2), new YearMonth(2025, 3) }.ToHashSet();
        var result = AssessmentEngine.Assess(counts, areas, new AssessmentRequest(areas.Find("A")!,
            PeriodComparison.Explicit(new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 3)), new MonthRange(new YearMonth(2024, 1), new YearMonth(2024, 3))),
            new OffenceScheme([], new Dictionary<string, double>()), PriorityJudgements.Default, null, [new MissingMonth("Shire Police", "2024-02")], true) { MonthsHeld = held });
        var burglary = result.Rows.Single(r => r.Category == "Burglary");

        Assert.Equal((140L, 20L), (burglary.Count, burglary.BaselineCount));
        Assert.Equal(20L, burglary.Change);
        Assert.Equal(100.0, burglary.PercentChange);
        Assert.Contains(result.Notes, n => n.Contains("2025-01, 2025-03", StringComparison.Ordinal) && n.Contains("both", StringComparison.Ordinal));
    }

    [Fact]
    public void The_notes_say_which_way_each_rank_runs()
    {
        var notes = Assess("A").Notes;
        Assert.Contains(notes, n => n.Contains("rank 1 is the highest rate", StringComparison.Ordinal) && n.Contains("changeRank 1 is the largest increase", StringComparison.Ordinal));
    }
}
