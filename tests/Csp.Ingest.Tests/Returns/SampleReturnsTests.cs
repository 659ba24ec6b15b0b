using Csp.Core.Performance;
using Csp.Core.Periods;
using Csp.Core.Reports;
using Csp.Ingest.Population;
using static Csp.Ingest.Tests.Returns.ReturnFiles;

namespace Csp.Ingest.Tests.Returns;

/// <summary>The bundled returns (data/sample/returns) read cleanly and give what the seeds print.</summary>
public sealed class SampleReturnsTests
{
    private static readonly (string Code, string Label)[] YouthTableAreas = [("E07000107", "Dartford"), ("E07000109", "Gravesham"), ("E10000016", "KCC Area")];
    private static readonly ReturnPeriod Year0809 = new(new DateOnly(2008, 7, 1), new DateOnly(2009, 6, 30));
    private static readonly ReturnPeriod Year0910 = new(new DateOnly(2009, 7, 1), new DateOnly(2010, 6, 30));

    [Theory]
    [InlineData("youth-justice-first-time-entrants.csv", 18, 1)]
    [InlineData("kcvs-asb-perception.csv", 22, 0)]
    [InlineData("domestic-abuse-strategic-assessment-2010.csv", 18, 0)]
    [InlineData("domestic-abuse-gravesham-apr-jul-2011.csv", 4, 0)]
    [InlineData("probation-caseload.csv", 11, 0)]
    [InlineData("fires.csv", 1, 0)]
    [InlineData("quarterly-2025-q2-dartford-gravesham.csv", 76, 0)]
    public void Every_sample_return_reads_with_the_configured_measures_and_no_refused_figure(string file, int values, int warnings)
    {
        var read = ReadSample(file);

        Assert.Null(read.FileError);
        Assert.Empty(read.Issues);
        Assert.Equal(values, read.Values.Count);
        Assert.Equal(warnings, read.Warnings.Count);
    }

    [Fact]
    public void The_youth_justice_table_reproduces_seed_000_with_the_mismatched_total_flagged()
    {
        var read = ReadSample("youth-justice-first-time-entrants.csv");

        var table = SexBreakdownTable.Build("fte", "New entrants to the Youth Justice System", read.Values, "Youth justice first-time entrants", YouthTableAreas, Year0809, Year0910);

        // Seed 000 lines 192-199, as printed (the headers joined per column).
        Assert.Equal(["", "July 2008-June 2009 Female", "July 2008-June 2009 Male", "July 2008-June 2009 All",
            "July 2009-June 2010 Female", "July 2009-June 2010 Male", "July 2009-June 2010 All", "% change"], table.Columns.Select(c => c.Header));
        Assert.Equal(
        [
            "Dartford 27 90 117 43 80 123 +5.1%",
            "Gravesham 50 135 185 52 103 155 -16.2%",
            "KCC Area \u2020 838 1,538 2,376 630 113 1,743 -26.6%",
        ], table.Rows.Select(r => string.Join(" ", r.Cells.Select((c, i) => CellText.Format(c, table.Columns[i].Format)))));
        Assert.Equal("\u2020 KCC Area, July 2009-June 2010: All is 1,743 but Female + Male is 743 (630 + 113); the figures are shown as returned (line 19).", table.Notes.Single());
        Assert.StartsWith("youth-justice-first-time-entrants.csv, line 19, field 'value': the total (All = 1743) is not the sum of its parts", read.Warnings.Single().ToString());
    }

    [Fact]
    public void The_seeds_wide_table_comes_in_through_its_mapping_file_to_the_same_figures()
    {
        var wide = ReadSample("youth-justice-first-time-entrants-wide.csv", Mapping("youth-justice-first-time-entrants-wide.mapping.csv"));
        var longForm = ReadSample("youth-justice-first-time-entrants.csv");

        Assert.Empty(wide.Issues);
        Assert.Equal(18, wide.Values.Count);
        Assert.Equal(longForm.Values.Select(Key).Order(), wide.Values.Select(Key).Order());
        // The warning points at the partner's own column and line: the KCC Area row, "All 2009-10".
        Assert.Equal((4L, "All 2009-10"), (wide.Warnings.Single().Line, wide.Warnings.Single().Field!));

        static string Key(ReturnValue v) => $"{v.AreaCode} {v.Period} {v.Breakdown} {v.Value} {v.Flags}";
    }

    [Fact]
    public void The_quarterly_returns_give_Dartford_and_Gravesham_figures_with_RAG_for_2025_Q2()
    {
        var data = new PerformanceData().AddReturns(ReadSample("quarterly-2025-q2-dartford-gravesham.csv").Values);
        using (var population = RepositoryFiles.Open(RepositoryFiles.Sample("population", "MYE2_persons_mid2022_by_LA_DERIVED.csv.gz")))
        using (var reader = new PopulationCsvReader(population, "MYE2_persons_mid2022_by_LA_DERIVED.csv"))
        {
            Assert.True(reader.Open());
            var band = new AgeBand(10, 17);
            foreach (var area in reader.Rows().Where(e => e.AreaCode is "E07000107" or "E07000109").GroupBy(e => e.AreaCode))
            {
                data.AddPopulation(area.Key, band, band.Persons(area)!.Value);
            }
        }
        var dartford = new PerformanceArea("E07000107", "Dartford");
        var gravesham = new PerformanceArea("E07000109", "Gravesham");
        var partnership = new PerformanceArea("E22000352", "Dartford and Gravesham", [dartford, gravesham]);
        var measures = Measures.Value.Where(m => m.SourceKind == MeasureSourceKind.PartnerReturn).ToList();

        var results = PerformanceEngine.Compute([dartford, gravesham, partnership], PeriodComparison.Quarter(2025, 2), measures, data);
        PerformanceRow Row(int area, string measure) => results[area].Rows.Single(r => r.Measure == measure);

        // Fires: June 2025 is not returned yet, so Apr-May 25 against Apr-May 24. Dartford 8+4+11+6 = 29 against
        // 9+5+12+7 = 33 (-12.1%, under the level 31.35: green); Gravesham 22 against 20 (+10%: red); together 51 against 53
        // (-3.8%, 0.65 over the level 50.35, within 5% of it: amber).
        Assert.Equal(new PerformanceRow("Deliberate fires", 29, 33, -4, -12.1m, "count", "reduce by 5%", "green", new DateOnly(2025, 5, 31), false), Row(0, "Deliberate fires"));
        Assert.Equal((22m, 20m, 10.0m, "red"), (Row(1, "Deliberate fires").Value, Row(1, "Deliberate fires").BaselineValue, Row(1, "Deliberate fires").PercentChange, Row(1, "Deliberate fires").Status));
        Assert.Equal((51m, 53m, -3.8m, "amber"), (Row(2, "Deliberate fires").Value, Row(2, "Deliberate fires").BaselineValue, Row(2, "Deliberate fires").PercentChange, Row(2, "Deliberate fires").Status));
        // Road traffic collisions: Dartford 48 -> 44 (reduce: green), Gravesham 21 -> 22 (maintain: amber); the partnership the worse.
        Assert.Equal((66m, "Dartford: reduce; Gravesham: maintain", "amber"), (Row(2, "Road traffic collisions").Value, Row(2, "Road traffic collisions").Target, Row(2, "Road traffic collisions").Status));
        // Perception in points; a question not asked last year leaves no change.
        Assert.Equal((18.9m, 28.2m, -9.3m, -9.3m, "percentage", "green"), (Row(1, "Teenagers hanging around perceived as a problem (KCVS)").Value, Row(1, "Teenagers hanging around perceived as a problem (KCVS)").BaselineValue,
            Row(1, "Teenagers hanging around perceived as a problem (KCVS)").Change, Row(1, "Teenagers hanging around perceived as a problem (KCVS)").PercentChange, Row(1, "Teenagers hanging around perceived as a problem (KCVS)").Unit, Row(1, "Teenagers hanging around perceived as a problem (KCVS)").Status));
        Assert.Equal((8.1m, (decimal?)null, "not rated"), (Row(0, "Perceived high level of ASB (KCVS)").Value, Row(0, "Perceived high level of ASB (KCVS)").BaselineValue, Row(0, "Perceived high level of ASB (KCVS)").Status));
        // The partnership's own DA repeat victims return: 22.7% -> 23.0%, 0.3 points worse than "reduce": amber.
        Assert.Equal((23.0m, 0.3m, "amber"), (Row(2, "Domestic abuse repeat victims (%)").Value, Row(2, "Domestic abuse repeat victims (%)").Change, Row(2, "Domestic abuse repeat victims (%)").Status));
        // Rate per 1,000 aged 10-17 (ONS mid-2022: Dartford 12,960, Gravesham 11,608 aged 10-17, summed by python from the
        // same CSV): Dartford 28 -> 2.16 against 31 -> 2.39; the partnership 69 of 24,568 both years -> 2.81, no reduction: amber.
        Assert.Equal((2.16m, 2.39m, "green"), (Row(0, "Youth justice first-time entrants per 1000 aged 10-17").Value, Row(0, "Youth justice first-time entrants per 1000 aged 10-17").BaselineValue, Row(0, "Youth justice first-time entrants per 1000 aged 10-17").Status));
        Assert.Equal((2.81m, 2.81m, "amber"), (Row(2, "Youth justice first-time entrants per 1000 aged 10-17").Value, Row(2, "Youth justice first-time entrants per 1000 aged 10-17").BaselineValue, Row(2, "Youth justice first-time entrants per 1000 aged 10-17").Status));
        // Monitor-only measures are shown, not rated.
        Assert.Equal((181m, "not rated"), (Row(2, "Noise complaints to Environmental Health").Value, Row(2, "Noise complaints to Environmental Health").Status));
    }
}
