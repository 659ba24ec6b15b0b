using Csp.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace Csp.Reporting.Tests.Xlsx;

/// <summary>
/// The workbook opened by a real office suite (Debian's LibreOffice Calc) and printed to PDF: the numbers come out through
/// the workbook's own number formats, so the text shows whether those formats write them as the report does.
/// </summary>
[Collection(LibreOfficeCollection.Name)]
public sealed class XlsxLibreOfficeTests(XlsxConversion converted, ITestOutputHelper output)
    : ConvertedReportTests<XlsxConversion>(converted, output), IClassFixture<XlsxConversion>
{
    [Fact]
    public void LibreOffice_prints_the_contents_the_chart_data_and_the_notes()
    {
        Assert.Matches(@"Report to\s+Crime and Disorder Scrutiny Committee", Converted.Text);
        Assert.Matches(@"Gravesham\s+62\.10", Converted.Text);
        Assert.Contains("Notes and sources", Converted.Text);
        Assert.Contains("Open Government Licence v3.0", Converted.Text);
    }
}
