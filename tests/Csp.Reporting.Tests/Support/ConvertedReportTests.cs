using Xunit.Abstractions;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// What every format of the Gravesham report must show once a real office suite has opened it and printed it to PDF: the
/// category table's figures exactly as CellText writes them (suppressed "*", no % change "-"), the classification, and a
/// first page that poppler draws. The Word and Excel test classes add what is particular to each.
/// </summary>
public abstract class ConvertedReportTests<TConversion>(TConversion converted, ITestOutputHelper output)
    where TConversion : LibreOfficeConversion
{
    protected TConversion Converted => converted;

    [Fact]
    public void LibreOffice_prints_the_figures_as_the_report_model_writes_them()
    {
        // Each row of the category table on one line of the laid-out text.
        Assert.Matches(@"Total crime\s+8,401\s+6,643\s+-1,758\s+-20\.9%\s+62\.10", converted.Text);
        Assert.Matches(@"Robbery\s+88\s+97\s+\+9\s+\+10\.2%\s+0\.91", converted.Text);
        Assert.Matches(@"Possession of weapons\s+0\s+41\s+\+41\s+-\s+0\.38", converted.Text);
        Assert.Matches(@"Bicycle theft\s+\*\s+14\s+\*\s+\*\s+0\.13", converted.Text);
        Assert.Matches(@"Kent\s+118,540\s+109,877\s+-8,663\s+-7\.3%\s+69\.71", converted.Text);
        Assert.Contains("Classification: Part 1 - Public", converted.Text);
        // A p-value below 0.001 reads "<0.001" (in Excel by the number format, the cell keeping the exact value).
        Assert.Matches(@"Total crime\s+<0\.001", converted.Text);
        Assert.Matches(@"Robbery\s+0\.041", converted.Text);
    }

    [Fact]
    public void Poppler_draws_the_first_page()
    {
        output.WriteLine($"rendered in {converted.RenderTime.TotalMilliseconds:0} ms; LibreOffice converted it in {converted.ConversionTime.TotalSeconds:0.0} s to {converted.Pages} pages");
        var png = Assert.Single(converted.FirstPagePng);
        Assert.True(new FileInfo(png).Length > 5_000, "page 1 should be a drawn page, not a blank one");
    }
}
