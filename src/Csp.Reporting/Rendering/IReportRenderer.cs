using Csp.Core.Reports;

namespace Csp.Reporting.Rendering;

/// <summary>Turns a <see cref="ReportDocument"/> into one format. One implementation per <see cref="ReportFormat"/>.</summary>
public interface IReportRenderer
{
    ReportFormat Format { get; }

    /// <summary>The MIME type of the output, for downloads.</summary>
    string ContentType { get; }

    /// <summary>The file extension with its dot: ".docx".</summary>
    string Extension { get; }

    Task RenderAsync(ReportDocument document, Stream output, CancellationToken cancellationToken);
}
