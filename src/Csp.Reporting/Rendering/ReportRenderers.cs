using Csp.Reporting.Html;
using Csp.Reporting.Xlsx;

namespace Csp.Reporting.Rendering;

/// <summary>The renderer of each format.</summary>
public sealed class ReportRenderers(TimeProvider? clock = null) : IAsyncDisposable
{
    public IReportRenderer For(ReportFormat format) => format switch
    {
        ReportFormat.Html => new HtmlReportRenderer(clock),
        ReportFormat.Xlsx => new XlsxReportRenderer(clock),
        _ => throw new NotSupportedException(format.ToString()),
    };

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
