using Csp.Chromium;
using Csp.Reporting.Docx;
using Csp.Reporting.Figures;
using Csp.Reporting.Html;
using Csp.Reporting.Pdf;
using Csp.Reporting.Xlsx;

namespace Csp.Reporting.Rendering;

/// <summary>
/// The renderer of each format. PDF needs Chromium (to print the page): a host that keeps one (the web app) passes it in;
/// otherwise one is started on first use and closed on dispose. Word's pictures are drawn in-process by Skia.
/// </summary>
public sealed class ReportRenderers(IChromium? chromium = null, TimeProvider? clock = null) : IAsyncDisposable
{
    private SharedChromium? _own;
    private Task? _warming;

    private IChromium Chromium => chromium ?? (_own ??= new SharedChromium());

    public IReportRenderer For(ReportFormat format) => format switch
    {
        ReportFormat.Html => new HtmlReportRenderer(clock),
        ReportFormat.Pdf => new PdfReportRenderer(Chromium, clock),
        ReportFormat.Docx => new DocxReportRenderer(new SkiaFigureRasterizer(), clock),
        ReportFormat.Xlsx => new XlsxReportRenderer(clock),
        ReportFormat.Png => new Png.PngReportRenderer(Chromium, clock),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "No renderer for this format."),
    };

    /// <summary>
    /// Starts and warms Chromium now when the format needs it, so that it is ready when the report is (the CLI overlaps it
    /// with loading the data). Once: a second call (the use case's, after the CLI's at its start) gives the same task.
    /// </summary>
    public Task WarmUpAsync(ReportFormat format, CancellationToken cancellationToken) =>
        format is ReportFormat.Pdf or ReportFormat.Png && chromium is null
            ? _warming ??= (_own ??= new SharedChromium()).WarmUpAsync(cancellationToken)
            : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_own is not null) await _own.DisposeAsync().ConfigureAwait(false);
    }
}
