using Csp.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace Csp.Reporting.Tests.Xlsx;

/// <summary>
/// The workbook opened by a real office suite (Debian's LibreOffice Calc) and printed to PDF: the numbers come out through
/// the workbook's own number formats, so the text shows whether those formats write them as the report does.
/// </summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class XlsxLibreOfficeTests(XlsxConversion converted, ITestOutputHelper output) : IClassFixture<XlsxConversion>
{
    [Fact]
    public void LibreOffice_formats_the_numbers_as_the_report_model_writes_them()
    {
        Assert.Matches(@"Total crime\s+8,401\s+6,643\s+-1,758\s+-20\.9%\s+62\.10", converted.Text);
        Assert.Matches(@"Robbery\s+88\s+97\s+\+9\s+\+10\.2%\s+0\.91", converted.Text);
        Assert.Matches(@"Possession of weapons\s+0\s+41\s+\+41\s+-\s+0\.38", converted.Text);
        Assert.Matches(@"Bicycle theft\s+\*\s+14\s+\*\s+\*\s+0\.13", converted.Text);
        Assert.Matches(@"Kent\s+118,540\s+109,877\s+-8,663\s+-7\.3%\s+69\.71", converted.Text);
    }

    [Fact]
    public void LibreOffice_prints_the_contents_the_chart_data_and_the_notes()
    {
        Assert.Contains("Classification: Part 1 - Public", converted.Text);
        Assert.Matches(@"Report to\s+Crime and Disorder Scrutiny Committee", converted.Text);
        Assert.Matches(@"Gravesham\s+62\.10", converted.Text);
        Assert.Contains("Notes and sources", converted.Text);
        Assert.Contains("Open Government Licence v3.0", converted.Text);
    }

    [Fact]
    public void Poppler_draws_the_first_page()
    {
        output.WriteLine($"rendered in {converted.RenderTime.TotalMilliseconds:0} ms; LibreOffice converted it in {converted.ConversionTime.TotalSeconds:0.0} s to {converted.Pages} pages");
        var png = Assert.Single(converted.FirstPagePng);
        Assert.True(new FileInfo(png).Length > 5_000, "page 1 should be a drawn page, not a blank one");
    }
}
