using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;

namespace Csp.Core.Tests.Assessment;

/// <summary>
/// Three districts of Shire, one LSOA each, January against February 2025. Ayton: drugs 20 -> 60, burglary 30 -> 30,
/// ASB 30 -> 28. Beeton: drugs 40 -> 40. Ceeton: drugs 10 -> 5. Residents: 10,000, 20,000 and 2,000. Harm weights for
/// the test only: drugs 5 days, burglary 2.
/// </summary>
public sealed class FindingWriterTests
{
    private static readonly YearMonth Jan = new(2025, 1), Feb = new(2025, 2);

    private static readonly CrimeCounts Counts = CrimeCounts.Build(
    [
        ("LA", "Drugs", Jan, 20), ("LA", "Drugs", Feb, 60), ("LA", "Burglary", Jan, 30), ("LA", "Burglary", Feb, 30),
        ("LA", "Anti-social behaviour", Jan, 30), ("LA", "Anti-social behaviour", Feb, 28),
        ("LB", "Drugs", Jan, 40), ("LB", "Drugs", Feb, 40),
        ("LC", "Drugs", Jan, 10), ("LC", "Drugs", Feb, 5),
    ]);

    private static AssessmentResult Ayton(IReadOnlyList<string>? currentPriorities = null)
    {
        var areas = new AreaModel(
            [new("F", "Shire", AreaLevel.ForceArea, null), new("A", "Ayton", AreaLevel.District, "F"), new("B", "Beeton", AreaLevel.District, "F"), new("C", "Ceeton", AreaLevel.District, "F")],
            new Dictionary<string, int[]> { ["A"] = [0], ["B"] = [1], ["C"] = [2], ["F"] = [0, 1, 2] },
            new Dictionary<(string, int), long> { [("A", 2024)] = 10_000, [("B", 2024)] = 20_000, [("C", 2024)] = 2_000, [("F", 2024)] = 32_000 },
            new Dictionary<string, string> { ["A"] = "F", ["B"] = "F", ["C"] = "F" });
        var issues = new List<Imports.ImportIssue>();
        var descriptions = OffenceScheme.ParseDescriptions(
            CsvRows.Of("Category,In a sentence,Number,Police activity", "Total crime,crime,singular,no", "Drugs,drug offences,plural,yes", "Burglary,burglary,singular,no"), "d.csv", issues);
        Assert.Empty(issues);
        var scheme = new OffenceScheme(OffenceScheme.ParseGroups(CsvRows.Of("Category,Crime type", "Total crime,*", "Total crime,-Anti-social behaviour"), "g", []),
            new Dictionary<string, double> { ["Burglary"] = 2, ["Drugs"] = 5 }, descriptions);
        return AssessmentEngine.Assess(Counts, areas, new AssessmentRequest(areas.Find("A")!,
            PeriodComparison.Explicit(new MonthRange(Feb, Feb), new MonthRange(Jan, Jan)), scheme,
            PriorityJudgements.Default with { CurrentPriorities = currentPriorities ?? [] }, null, [], false));
    }

    [Fact]
    public void A_category_is_named_by_its_phrase_with_the_verb_agreeing()
    {
        var findings = Ayton().Findings;

        // 20 -> 60 is significant (exact Poisson test, p < 0.001).
        Assert.Contains(findings, f => f.StartsWith("Drug offences have risen by 200.0% (20 to 60)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("Ayton's rate of drug offences per 1,000 population is the highest of 3 in Shire", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Contains("Drugs has", StringComparison.Ordinal) || f.Contains("rate of drugs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_in_a_category_found_by_police_activity_carries_the_caveat()
    {
        var rise = Assert.Single(Ayton().Findings, f => f.StartsWith("Drug offences have risen", StringComparison.Ordinal));
        Assert.Contains("police activity", rise, StringComparison.Ordinal);
        Assert.DoesNotContain(Ayton().Findings, f => f.StartsWith("Burglary", StringComparison.Ordinal) && f.Contains("police activity", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_says_which_way_it_runs_and_out_of_how_many()
    {
        // Increase: Ayton +200% is the largest of the three (Beeton 0%, Ceeton -50%).
        Assert.Contains(Ayton().Findings, f => f == "Ayton had the largest increase in drug offences of 3 in Shire.");
    }

    [Fact]
    public void The_key_findings_lead_with_total_crime_then_each_current_priority_then_by_importance()
    {
        var result = Ayton(["Anti-social behaviour"]);

        var key = FindingWriter.Key(result, 3);

        Assert.Equal(3, key.Count);
        Assert.StartsWith("Crime has risen", key[0], StringComparison.Ordinal);
        Assert.StartsWith("Anti-social behaviour", key[1], StringComparison.Ordinal);
        // Then the most important of the rest: drug offences (60 of 90 crimes, 300 of 360 harm days, a significant rise:
        // 0.67 + 0.83 + 1 + 0.25 for the highest rate) before burglary (0.33 + 0.17 + 0 + 0.25), though "Burglary" sorts first.
        Assert.StartsWith("Drug offences have risen", key[2], StringComparison.Ordinal);
    }
}
