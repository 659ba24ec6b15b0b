using Csp.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace Csp.Reporting.Tests.Docx;

/// <summary>The Word document opened by a real office suite (Debian's LibreOffice), printed to PDF and read back.</summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class DocxLibreOfficeTests(DocxConversion converted, ITestOutputHelper output) : IClassFixture<DocxConversion>
{
    [Fact]
    public void LibreOffice_prints_the_figures_as_the_report_model_writes_them()
    {
        // The Total crime row of the category table, in one line of the laid-out text.
        Assert.Matches(@"Total crime\s+8,401\s+6,643\s+-1,758\s+-20\.9%\s+62\.10", converted.Text);
        Assert.Matches(@"Robbery\s+88\s+97\s+\+9\s+\+10\.2%\s+0\.91", converted.Text);
        Assert.Matches(@"Possession of weapons\s+0\s+41\s+\+41\s+-\s+0\.38", converted.Text);
        Assert.Matches(@"Bicycle theft\s+\*\s+14\s+\*\s+\*\s+0\.13", converted.Text);
    }

    [Fact]
    public void LibreOffice_prints_the_cover_fields_and_the_classification()
    {
        Assert.Contains("Classification: Part 1 - Public", converted.Text);
        Assert.Matches(@"Report to:\s+Crime and Disorder Scrutiny Committee", converted.Text);
        Assert.Matches(@"Reporting officer:\s+Jo Bloggs, Community Safety Manager", converted.Text);
        Assert.Matches(@"Key decision:\s+No", converted.Text);
    }

    [Fact]
    public void LibreOffice_prints_numbered_paragraphs_notes_sources_and_page_numbers()
    {
        Assert.Matches(@"2\.1\s+Total recorded crime in Gravesham fell", converted.Text);
        Assert.Contains("Warning: Police data for October to December 2025", converted.Text);
        Assert.Contains("Source: data.police.uk, Kent Police; ONS mid-2022 population estimates", converted.Text);
        Assert.Contains("Data sources", converted.Text);
        Assert.Contains($"Page 1 of {converted.Pages}", converted.Text);
        Assert.Contains($"Page {converted.Pages} of {converted.Pages}", converted.Text);
    }

    [Fact]
    public void A_table_longer_than_a_page_repeats_its_header_row_on_the_next()
    {
        var headerRows = System.Text.RegularExpressions.Regex.Matches(converted.Text, @"LSOA\s+Name\s+Crimes").Count;
        Assert.True(headerRows >= 2, $"the LSOA table's header row is printed {headerRows} time(s)");
        Assert.Contains("Appendix: crime by neighbourhood", converted.Text);
        Assert.Matches(@"E01004060\s+Gravesham 060", converted.Text);
    }

    [Fact]
    public void Poppler_draws_the_first_page()
    {
        output.WriteLine($"rendered in {converted.RenderTime.TotalMilliseconds:0} ms; LibreOffice converted it in {converted.ConversionTime.TotalSeconds:0.0} s to {converted.Pages} pages");
        var png = Assert.Single(converted.FirstPagePng);
        Assert.True(new FileInfo(png).Length > 10_000, "page 1 should be a drawn page, not a blank one");
    }
}
