using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Csp.Reporting.Docx;

/// <summary>
/// A report as a Word document an officer can send to committee: A4, the seeds' cover sheet, numbered sections and
/// paragraphs, tables with a repeated header row, charts and maps as pictures with alternative text, the classification in
/// the page header and "Page X of Y" in the footer. The figures are drawn by <see cref="IFigureRasterizer"/>, all in one call.
/// </summary>
internal sealed class DocxReportRenderer(IFigureRasterizer rasterizer, TimeProvider? clock = null) : IReportRenderer
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public ReportFormat Format => ReportFormat.Docx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string Extension => ".docx";

    public async Task RenderAsync(ReportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        var figures = document.Figures().ToList();
        IReadOnlyDictionary<string, FigureImage> images = figures.Count == 0
            ? new Dictionary<string, FigureImage>()
            : await rasterizer.RasterizeAsync(figures, cancellationToken).ConfigureAwait(false);

        await BufferedPackage.WriteAsync(output, buffer =>
        {
            using var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document);
            new DocxBuilder(package, document, images).Build();
            PackageProperties.Describe(package, document, _clock.GetUtcNow());
        }, cancellationToken).ConfigureAwait(false);
    }
}
