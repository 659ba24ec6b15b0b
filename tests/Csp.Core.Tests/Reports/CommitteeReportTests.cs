using Csp.Core.Reports;

namespace Csp.Core.Tests.Reports;

public sealed class CommitteeReportTests
{
    private const string Template = """
        ---
        # a comment
        council: Ayton Borough Council
        report to: Crime and Disorder Scrutiny Committee
        reporting officer: A. Officer, Community Safety Manager
        key decision: No
        subject: Strategic Assessment {year}: {area}
        sections: Burglary, Total crime, Not a category
        ---
        ## Purpose and summary of report
        This report gives Members the findings for {area} in {period} against {baseline}.

        ## Recommendations
        - Members are invited to note the report.
        - Members are asked to endorse the priorities of {partnership}.

        ## Introduction
        The assessment is an annual audit.

        It compares {period} with {baseline}.
        """;

    [Fact]
    public void The_front_sheet_and_summary_come_from_the_template_with_the_placeholders_filled()
    {
        var report = CommitteeReport.Build(Shire.Inputs(template: Template));

        Assert.Equal("Strategic Assessment 2025: Ayton", report.Title);
        Assert.Equal("Ayton Borough Council", report.Subtitle);
        Assert.Equal(
            ["Key decision: No", "Report to: Crime and Disorder Scrutiny Committee", "Date: 12 March 2025", "Reporting officer: A. Officer, Community Safety Manager", "Subject: Strategic Assessment 2025: Ayton"],
            report.Cover.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Contains(report.Summary, b => b is ParagraphBlock { Text: "This report gives Members the findings for Ayton in Feb 25 against Jan 25." });
        var recommendations = report.Summary.OfType<ListBlock>().Single();
        Assert.True(recommendations.Numbered);
        Assert.Equal(["Members are invited to note the report.", "Members are asked to endorse the priorities of Ayton and Beeton."], recommendations.Items);
    }

    [Fact]
    public void The_template_paragraphs_are_numbered_as_the_seeds_number_them()
    {
        var report = CommitteeReport.Build(Shire.Inputs(template: Template));
        var intro = report.Sections.First();
        Assert.Equal(("1", "Introduction"), (intro.Number, intro.Title));
        Assert.Equal(["1.1 The assessment is an annual audit.", "1.2 It compares Feb 25 with Jan 25."],
            intro.Blocks.OfType<ParagraphBlock>().Select(p => $"{p.Number} {p.Text}"));
    }

    [Fact]
    public void A_category_section_has_the_seeds_table_of_the_partnership_districts_and_the_county()
    {
        var report = CommitteeReport.Build(Shire.Inputs(template: Template));
        var burglary = report.Sections.Single(s => s.Title == "Burglary");
        var table = burglary.Blocks.OfType<TableBlock>().Single().Table;

        Assert.Equal("Strategic Assessment 2025: Burglary data", table.Caption);
        Assert.Equal(["Area", "Jan 25", "Feb 25", "No. change", "% change", "Per 1,000 pop."], table.Columns.Select(c => c.Header));
        // Hand-worked: Ayton 20 -> 30 among 10,000; Beeton 40 -> 40 among 20,000; Shire 70 -> 75 (+7.1%) among 32,000 (2.34).
        Assert.Equal(["Ayton | 20 | 30 | +10 | +50.0% | 3.00", "Beeton | 40 | 40 | 0 | 0.0% | 2.00", "Shire | 70 | 75 | +5 | +7.1% | 2.34"], Shire.Lines(table));
        Assert.Equal([RowStyle.Highlight, RowStyle.Normal, RowStyle.Group], table.Rows.Select(r => r.Style));
        Assert.Contains(burglary.Blocks.OfType<ParagraphBlock>(), p => p.Number == $"{burglary.Number}.1" && p.Text == "Burglary in Ayton: 30 crimes in Feb 25 against 20 in Jan 25 (+50.0%); the change is within normal variation (not statistically significant).");
    }

    [Fact]
    public void The_categories_named_in_the_template_get_sections_in_that_order_and_unknown_ones_none()
    {
        var report = CommitteeReport.Build(Shire.Inputs(template: Template));
        var titles = report.Sections.Select(s => s.Title).ToList();
        Assert.True(titles.IndexOf("Burglary") < titles.IndexOf("Total crime"));
        Assert.DoesNotContain("Not a category", titles);
    }

    [Fact]
    public void Without_a_template_the_report_still_has_its_front_sheet_total_crime_and_the_recommended_priorities()
    {
        var report = CommitteeReport.Build(Shire.Inputs());
        Assert.Equal("Community Safety Strategic Assessment 2025: Ayton", report.Title);
        Assert.Equal("Crime and Disorder Scrutiny Committee", report.Cover.Single(f => f.Label == "Report to").Value);
        Assert.Contains(report.Sections, s => s.Title == "Total crime");
        var priorities = report.Sections.Single(s => s.Title == "Recommended priorities").Blocks.OfType<TableBlock>().Single().Table;
        // Burglary scores 100 (all of Ayton's crime and harm, the only rise); ASB 5.6 (5 incidents against 30 crimes, 16.7% of
        // the largest volume, no harm, a fall): below the threshold of 40, so not recommended.
        Assert.Equal(["Burglary"], priorities.Rows.Select(r => r.Cells[1].Text));
    }

    [Fact]
    public void The_ward_map_withholds_a_small_ward_figure_in_a_public_report_only()
    {
        MapArea South(Classification c) => CommitteeReport.Build(Shire.Inputs(classification: c)).Figures().OfType<MapBlock>().Single().Map.Areas.Single(a => a.Code == "W2");

        // Ayton South had 3 burglaries in February: fewer than 5, so its rate (0.75 per 1,000) would reveal it.
        var published = South(Classification.Public());
        Assert.True(published.Suppressed);
        Assert.Null(published.Value);
        Assert.Equal(0.75, South(Classification.Restricted()).Value);
        Assert.Equal(4.5, CommitteeReport.Build(Shire.Inputs()).Figures().OfType<MapBlock>().Single().Map.Areas.Single(a => a.Code == "W1").Value);
    }

    [Fact]
    public void A_partial_comparison_is_said_before_anything_else()
    {
        var report = CommitteeReport.Build(Shire.Inputs(partial: true));
        var note = report.Summary.OfType<NoteBlock>().Single();
        Assert.Equal(NoteKind.Warning, note.Kind);
        Assert.StartsWith("Partial data:", note.Text, StringComparison.Ordinal);
        Assert.All(report.Sections.Single(s => s.Title == "Burglary").Blocks.OfType<ParagraphBlock>(), p => Assert.StartsWith("Partial data:", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_sources_give_each_force_and_the_months_its_data_covers()
    {
        var police = CommitteeReport.Build(Shire.Inputs()).Sources.First();
        Assert.Equal("data.police.uk street-level crime and anti-social behaviour, Shire Police", police.Name);
        Assert.Equal("Jan-Feb 25", police.Coverage);
        Assert.Equal("Open Government Licence v3.0", police.Licence);
    }

    [Fact]
    public void The_key_findings_speak_of_every_current_priority_of_the_partnership_however_small()
    {
        // Ayton's ASB (10 -> 5) is too small for a finding of its own, but it is a current priority: it gets its sentence.
        var report = CommitteeReport.Build(Shire.Inputs(currentPriorities: ["Anti-social behaviour"]));
        var key = report.Sections.Single(s => s.Title.EndsWith("key findings", StringComparison.Ordinal)).Blocks.OfType<ListBlock>().Single().Items;

        Assert.Contains(key, f => f.StartsWith("Anti-social behaviour in Ayton: 5 incidents in Feb 25 against 10 in Jan 25", StringComparison.Ordinal));
    }

    [Fact]
    public void The_purpose_of_a_report_on_the_partnership_itself_names_it_once()
    {
        var report = CommitteeReport.Build(Shire.Inputs("P", template: Shire.DefaultTemplate("committee")));
        var purpose = report.Summary.OfType<ParagraphBlock>().First().Text;

        Assert.Equal(1, purpose.Split("Ayton and Beeton").Length - 1);
        var district = CommitteeReport.Build(Shire.Inputs("A", template: Shire.DefaultTemplate("committee"))).Summary.OfType<ParagraphBlock>().First().Text;
        Assert.Contains("the Ayton and Beeton Community Safety Strategic Assessment 2025 for Ayton", district, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_template_names_no_council_and_the_council_comes_from_the_partnership_settings()
    {
        var template = Shire.DefaultTemplate("committee");
        Assert.DoesNotContain("Gravesham Borough Council", template, StringComparison.Ordinal);

        var report = CommitteeReport.Build(Shire.Inputs(template: template, council: "Ayton Borough Council"));
        Assert.Equal("Ayton Borough Council", report.Subtitle);
    }

    [Fact]
    public void A_partnership_report_has_the_series_table_of_each_district_and_of_the_partnership_as_the_seeds_do()
    {
        var report = CommitteeReport.Build(Shire.Inputs("P"));
        var section = report.Sections.Single(s => s.Title is "Three-year picture" or "The picture over time");
        var tables = section.Blocks.OfType<TableBlock>().Select(b => b.Table).ToList();

        // One table per district, then the partnership's total, each headed by its area (seed 004: "Dartford", "Gravesham").
        Assert.Equal(["Strategic Assessment 2025: Ayton", "Strategic Assessment 2025: Beeton", "Strategic Assessment 2025: Ayton and Beeton (partnership total)"],
            tables.Select(t => t.Caption));
        Assert.All(tables, t => Assert.Equal(["Category", "Feb 25", "Per 1,000 pop."], t.Columns.Select(c => c.Header)));
        // Hand-worked: Total crime in February is burglary alone: Ayton 30 (10,000 residents), Beeton 40 (20,000), both 70 (30,000).
        Assert.Equal(["Total crime | 30 | 3.00"], Shire.Lines(tables[0]));
        Assert.Equal(["Total crime | 40 | 2.00"], Shire.Lines(tables[1]));
        Assert.Equal(["Total crime | 70 | 2.33"], Shire.Lines(tables[2]));
    }

    [Fact]
    public void A_report_on_an_area_alone_has_no_table_per_district()
    {
        var report = CommitteeReport.Build(Shire.Inputs("C"));
        Assert.DoesNotContain(report.Sections, s => s.Title is "Three-year picture" or "The picture over time");
    }
}
