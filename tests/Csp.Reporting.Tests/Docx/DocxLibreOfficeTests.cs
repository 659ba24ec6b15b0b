using System.Text.RegularExpressions;
using Csp.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace Csp.Reporting.Tests.Docx;

/// <summary>The Word document opened by a real office suite (Debian's LibreOffice Writer), printed to PDF and read back.</summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class DocxLibreOfficeTests(DocxConversion converted, ITestOutputHelper output)
    : ConvertedReportTests<DocxConversion>(converted, output), IClassFixture<DocxConversion>
{
    [Fact]
    public void LibreOffice_prints_the_cover_fields()
    {
        Assert.Matches(@"Report to:\s+Crime and Disorder Scrutiny Committee", Converted.Text);
        Assert.Matches(@"Reporting officer:\s+Jo Bloggs, Community Safety Manager", Converted.Text);
        Assert.Matches(@"Key decision:\s+No", Converted.Text);
    }

    [Fact]
    public void LibreOffice_prints_numbered_paragraphs_notes_sources_and_page_numbers()
    {
        Assert.Matches(@"2\.1\s+Total recorded crime in Gravesham fell", Converted.Text);
        Assert.Contains("Warning: Police data for October to December 2025", Converted.Text);
        Assert.Contains("Source: data.police.uk, Kent Police; ONS mid-2022 population estimates", Converted.Text);
        Assert.Contains("Data sources", Converted.Text);
        Assert.Contains($"Page 1 of {Converted.Pages}", Converted.Text);
        Assert.Contains($"Page {Converted.Pages} of {Converted.Pages}", Converted.Text);
    }

    [Fact]
    public void A_table_longer_than_a_page_repeats_its_header_row_on_the_next()
    {
        var headerRows = Regex.Matches(Converted.Text, @"LSOA\s+Name\s+Crimes").Count;
        Assert.True(headerRows >= 2, $"the LSOA table's header row is printed {headerRows} time(s)");
        Assert.Contains("Appendix: crime by neighbourhood", Converted.Text);
        Assert.Matches(@"E01004060\s+Gravesham 060", Converted.Text);
    }
}
