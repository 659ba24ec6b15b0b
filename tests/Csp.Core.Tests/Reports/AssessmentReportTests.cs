using Csp.Core.Reports;

namespace Csp.Core.Tests.Reports;

public sealed class AssessmentReportTests
{
    private static ReportDocument Ayton(Classification? c = null) => AssessmentReport.Build(Shire.Inputs(classification: c));

    [Fact]
    public void Every_category_is_in_the_table_at_a_glance_with_its_significance()
    {
        var table = Ayton().Tables().Single(t => t.Id == "All categories");
        Assert.Equal(["Category", "Jan 25", "Feb 25", "No. change", "% change", "Per 1,000 pop.", "Share of total", "Significant", "p-value"], table.Columns.Select(c => c.Header));
        var lines = Shire.Lines(table);
        // Burglary 20 -> 30 among 10,000: +50.0%, 3.00 per 1,000, all of Total crime; an exact Poisson test of 30 against 20 gives p = 0.203
        // (R: poisson.test(c(30, 20), c(1, 1))$p.value = 0.2026).
        Assert.Contains("Burglary | 20 | 30 | +10 | +50.0% | 3.00 | 100.0% | No | 0.203", lines);
        Assert.Contains("Anti-social behaviour | 10 | 5 | -5 | -50.0% | 0.50 | - | No | 0.302", lines);
    }

    [Fact]
    public void The_county_comparison_ranks_the_area_among_the_county_districts()
    {
        var lines = Shire.Lines(Ayton().Tables().Single(t => t.Id == "County comparison"));
        // Rates in February: Ayton 3.00, Ceeton 2.50, Beeton 2.00 per 1,000; changes +50%, -50%, 0%.
        Assert.Contains("Burglary | 3.00 | 2.34 | highest of 3 | +50.0% | +7.1% | highest of 3", lines);
    }

    [Fact]
    public void Each_category_with_enough_crimes_has_its_monthly_pattern_and_rank_charts()
    {
        var report = Ayton();
        var burglary = report.Sections.Single(s => s.Title == "Burglary");
        var trend = burglary.Blocks.OfType<ChartBlock>().Select(c => c.Chart).Single(c => c.Kind == ChartKind.Line);
        Assert.Equal(["Feb 25"], trend.Categories);
        Assert.Equal([30.0], trend.Series[0].Values);
        Assert.Equal([20.0], trend.Series[1].Values);
        Assert.Equal(SeriesRole.Baseline, trend.Series[1].Role);
        // The baseline's point is its own month (a tooltip reads "Jan 25: 20", not the current period's "Feb 25").
        Assert.Equal("Jan 25", trend.Series[1].LabelOf(0, trend.Categories));
        Assert.Equal("Feb 25", trend.Series[0].LabelOf(0, trend.Categories));

        var rank = burglary.Blocks.OfType<ChartBlock>().Select(c => c.Chart).Single(c => c.Kind == ChartKind.Bar);
        Assert.Equal(["Ayton", "Ceeton", "Beeton"], rank.Categories);
        Assert.Equal([3.0, 2.5, 2.0], rank.Series[0].Values);
        Assert.Equal(0, rank.HighlightCategory);
        Assert.Equal(2.34, rank.ReferenceLines.Single().Value);
    }

    [Fact]
    public void The_ward_table_withholds_small_numbers_in_public_and_shows_them_when_restricted()
    {
        Assert.Contains("Ayton South | W2 | * | * | 0 | 0.00", Shire.Lines(Ayton().Tables().Single(t => t.Id == "Areas")));
        Assert.Contains("Ayton South | W2 | 3 | 0.75 | 0 | 0.00", Shire.Lines(Ayton(Classification.Restricted()).Tables().Single(t => t.Id == "Areas")));
    }

    [Fact]
    public void A_ward_assessment_in_public_withholds_its_small_counts_and_what_would_reveal_them()
    {
        var report = AssessmentReport.Build(Shire.Inputs("W2"));
        var lines = Shire.Lines(report.Tables().Single(t => t.Id == "All categories"));
        Assert.Contains("Burglary | 5 | * | * | * | * | * | * | *", lines);
        Assert.Contains(report.Tables().Single(t => t.Id == "All categories").Notes, n => n.StartsWith("* Fewer than 5", StringComparison.Ordinal));
        // No monthly chart of a small area: its months would show the counts.
        Assert.DoesNotContain(report.Figures(), f => f is ChartBlock { Chart.Kind: ChartKind.Line });
    }

    [Fact]
    public void The_priority_scoring_table_explains_each_score()
    {
        var table = Ayton().Tables().Single(t => t.Id == "Priority scoring");
        Assert.Equal("Burglary", table.Rows[0].Cells[1].Text);
        // Nobody entered community concern: no column of zeros, one note under the table instead.
        Assert.DoesNotContain(table.Columns, c => c.Header == "Community concern");
        // Burglary is all 30 of Ayton's crimes in February (the findings' denominator, Total crime; ASB is not a crime).
        Assert.StartsWith("100.0% of recorded crime", table.Rows[0].Cells[^1].Text, StringComparison.Ordinal);
        // The criterion columns are the parts of the score: they add up to it.
        var parts = table.Rows[0].Cells.Skip(3).Take(table.Columns.Count - 5).Sum(c => c.Number ?? 0);
        Assert.Equal(table.Rows[0].Cells[2].Number!.Value, parts, 0);
    }

    [Fact]
    public void The_document_ends_with_notes_on_method_and_the_sources()
    {
        var report = Ayton();
        Assert.Equal("Notes on method", report.Sections[^1].Title);
        Assert.Contains(report.Sources, s => s.Name.StartsWith("ONS mid-year population estimates", StringComparison.Ordinal) && s.Coverage == "Mid-2024");
    }

    [Fact]
    public void Every_table_and_figure_has_its_own_id()
    {
        foreach (var report in new[] { Ayton(), CommitteeReport.Build(Shire.Inputs()) })
        {
            var ids = report.Figures().Select(f => f.Id).Concat(report.Tables().Select(t => "table:" + t.Id)).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Fact]
    public void The_priority_table_says_which_way_its_rank_runs_and_the_threshold_of_a_recommendation()
    {
        var table = Ayton().Tables().Single(t => t.Id == "Priority scoring");
        Assert.Equal("Rank (1 = highest score)", table.Columns[0].Header);
        Assert.Contains(table.Notes, n => n.Contains("recommended when it scores 40 or more", StringComparison.Ordinal));
        Assert.Contains(table.Notes, n => n.StartsWith("Not yet entered for any category: community concern", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partnership_assessment_shows_each_district_over_time_beside_the_partnership_total()
    {
        var report = AssessmentReport.Build(Shire.Inputs("P"));
        var section = report.Sections.Single(s => s.Title is "Three-year picture" or "The picture over time");
        var captions = section.Blocks.OfType<TableBlock>().Select(b => b.Table.Caption).ToList();
        Assert.Equal(["Strategic Assessment 2025: Ayton", "Strategic Assessment 2025: Beeton", "Strategic Assessment 2025: Ayton and Beeton (partnership total)",
            "Strategic Assessment 2025: Ayton and Beeton over time"], captions);
        Assert.Equal(["Total crime | 40 | 2.00"], Shire.Lines(section.Blocks.OfType<TableBlock>().ElementAt(1).Table));
    }
}
