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
    private readonly Lock _gate = new();
    private SharedChromium? _own;
    private Task? _warming;

    private IChromium Chromium => chromium ?? Own;

    /// <summary>The browser of our own, made once even when two callers ask at the same moment.</summary>
    private SharedChromium Own
    {
        get
        {
            lock (_gate) return _own ??= new SharedChromium();
        }
    }

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
    public Task WarmUpAsync(ReportFormat format, CancellationToken cancellationToken)
    {
        if (format is not (ReportFormat.Pdf or ReportFormat.Png) || chromium is not null) return Task.CompletedTask;
        var own = Own;
        // Started on the pool: its synchronous part (the process started) is not made under the lock.
        lock (_gate) return _warming ??= Task.Run(() => own.WarmUpAsync(cancellationToken), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        SharedChromium? own;
        lock (_gate) own = _own;
        if (own is not null) await own.DisposeAsync().ConfigureAwait(false);
    }
}
