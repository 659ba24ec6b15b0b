using System.Text;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;

namespace Csp.Reporting.Html;

/// <summary>
/// A report as one self-contained web page: no scripts, no external files (styles inline, charts and maps as inline
/// SVG with a tooltip on every mark and their figures in a table a reader can open), headings, captions and table headers
/// for assistive technology, and print styles for A4 (the PDF is this page printed by Chromium).
/// </summary>
internal sealed class HtmlReportRenderer(TimeProvider? clock = null) : IReportRenderer
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public ReportFormat Format => ReportFormat.Html;

    public string ContentType => "text/html; charset=utf-8";

    public string Extension => ".html";

    public async Task RenderAsync(ReportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var html = Render(document);
        await output.WriteAsync(Encoding.UTF8.GetBytes(html), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The page as a string, for the PDF renderer and the web app.</summary>
    public string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new HtmlBuilder(document, _clock.GetLocalNow()).Build();
    }
}
