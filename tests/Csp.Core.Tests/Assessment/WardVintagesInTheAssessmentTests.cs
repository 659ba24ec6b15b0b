using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;

namespace Csp.Core.Tests.Assessment;

/// <summary>
/// Gravesham in small: district D had wards O1 and O2 (the 2021 set) and has N1 and N2 (the 2024 set). LSOA L1 was in O1
/// and is in N1; L2 was in O2 and is in N2; LSOA L3 (2011 code) was in O2 and was redrawn for 2021 as L4 and L5, both in
/// N2. Burglary in January 2022: L1 10, L2 4, L3 6. In January 2025: L1 12, L2 5, L4 3, L5 2.
/// </summary>
public sealed class WardVintagesInTheAssessmentTests
{
    private static readonly YearMonth Jan22 = new(2022, 1), Jan25 = new(2025, 1);

    private static readonly CrimeCounts Counts = CrimeCounts.Build(
    [
        ("L1", "Burglary", Jan22, 10), ("L2", "Burglary", Jan22, 4), ("L3", "Burglary", Jan22, 6),
        ("L1", "Burglary", Jan25, 12), ("L2", "Burglary", Jan25, 5), ("L4", "Burglary", Jan25, 3), ("L5", "Burglary", Jan25, 2),
    ]);

    private static AreaModel Model()
    {
        int U(string code) => Counts.Units.ToList().IndexOf(code);
        var areas = new List<Area>
        {
            new("F", "Shire", AreaLevel.ForceArea, null),
            new("D", "Dee", AreaLevel.District, "F"),
            new("O1", "Chalk", AreaLevel.Ward, "D"), new("O2", "Riverside", AreaLevel.Ward, "D"),
            new("N1", "Chalk", AreaLevel.Ward, "D"), new("N2", "Riverside and Park", AreaLevel.Ward, "D"),
        };
        var units = new Dictionary<string, int[]>
        {
            ["O1"] = [U("L1")], ["O2"] = [U("L2"), U("L3")], ["N1"] = [U("L1")], ["N2"] = [U("L2"), U("L4"), U("L5")],
            ["D"] = [U("L1"), U("L2"), U("L3"), U("L4"), U("L5")], ["F"] = [U("L1"), U("L2"), U("L3"), U("L4"), U("L5")],
        };
        var population = new Dictionary<(string, int), long>
        {
            [("O1", 2021)] = 1_000, [("O2", 2021)] = 2_000, [("N1", 2021)] = 1_000, [("N2", 2021)] = 2_000, [("D", 2021)] = 3_000, [("F", 2021)] = 3_000,
        };
        var sets = new Dictionary<string, IReadOnlyCollection<int>> { ["O1"] = [2021], ["O2"] = [2021], ["N1"] = [2024], ["N2"] = [2024] };
        return new AreaModel(areas, units, population, new Dictionary<string, string> { ["D"] = "F" }, sets);
    }

    private static AssessmentResult Assess(AreaModel model, string code, YearMonth period, YearMonth baseline) => AssessmentEngine.Assess(Counts, model, new AssessmentRequest(
        model.Find(code)!, PeriodComparison.Explicit(new MonthRange(period, period), new MonthRange(baseline, baseline)),
        new OffenceScheme(OffenceScheme.ParseGroups(CsvRows.Of("Category,Crime type", "Total crime,*"), "g", []), new Dictionary<string, double>()),
        PriorityJudgements.Default, null, [], false));

    [Fact]
    public void A_district_lists_the_wards_in_force_for_the_period_and_by_default_its_newest()
    {
        var model = Model();
        var district = model.Find("D")!;
        Assert.Equal(["O1", "O2"], model.Within(district, AreaLevel.Ward, new MonthRange(Jan22, Jan22)).Select(a => a.Code).Order());
        Assert.Equal(["N1", "N2"], model.Within(district, AreaLevel.Ward, new MonthRange(Jan25, Jan25)).Select(a => a.Code).Order());
        Assert.Equal(["N1", "N2"], model.Within(district, AreaLevel.Ward).Select(a => a.Code).Order());
    }

    [Fact]
    public void A_ward_is_ranked_among_the_wards_of_its_own_set_only()
    {
        var model = Model();
        // Chalk of 2024 in 2025: 12 among 1,000 (12.0 per 1,000) against Riverside and Park's 10 among 2,000: 1st of 2, not of 4.
        var chalk = Assess(model, "N1", Jan25, Jan22).Rows.Single(r => r.Category == OffenceScheme.TotalCrime);
        Assert.Equal((1, 2), (chalk.Rank!.Value, chalk.RankOf));
        // The 2021 Chalk assessed on 2025 is ranked among the 2021 wards, never mixed with the 2024 ones.
        Assert.Equal(["O1", "O2"], model.Siblings(model.Find("O1")!, new MonthRange(Jan25, Jan25)).Select(a => a.Code).Order());
        var old = Assess(model, "O1", Jan25, Jan22).Rows.Single(r => r.Category == OffenceScheme.TotalCrime);
        Assert.Equal(2, old.RankOf);
    }

    [Fact]
    public void Crimes_in_LSOAs_a_ward_set_does_not_list_are_stated_not_lost_silently()
    {
        var model = Model();
        // The 2024 set lists L1, L2, L4, L5: L3 (6 burglaries in January 2022, 2011 code) is in no 2024 ward.
        Assert.Equal(["L3"], model.UnitsOutsideWards("D", 2024).Select(u => Counts.Units[u]));
        Assert.Equal(["L4", "L5"], model.UnitsOutsideWards("D", 2021).Select(u => Counts.Units[u]));
        var result = Assess(model, "N2", Jan25, Jan22);
        var note = Assert.Single(result.Notes, n => n.StartsWith("Wards:", StringComparison.Ordinal));
        Assert.Equal("Wards: the 2024 set (ONS lookup WD24), the set in force for Jan 25, ranked among the 2 wards of that set in Dee. " +
            "6 crimes in Jan 22 and none in Jan 25 were recorded in LSOAs of Dee that no ward of this set lists (LSOAs redrawn for the 2021 Census): " +
            "the district's figures include them and no ward's do, so the wards add up to less than the district.", note);
    }

    [Fact]
    public void An_old_ward_assessed_on_a_later_period_says_which_set_it_belongs_to()
    {
        var note = Assert.Single(Assess(Model(), "O1", Jan25, Jan22).Notes, n => n.StartsWith("Wards:", StringComparison.Ordinal));
        Assert.StartsWith("Wards: Chalk is a ward of the 2021 set (ONS lookup WD21); the 2024 set is in force for Jan 25. It is counted as its LSOAs of 2021 and ranked among the 2 wards of its own set in Dee.", note, StringComparison.Ordinal);
    }
}
