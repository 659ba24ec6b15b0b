using System.Globalization;
using Csp.Core.Cases.SubjectAccess;
using Csp.Reporting.Rendering;
using Csp.Workbench.Audit;
using Csp.Workbench.Reports;

namespace Csp.Workbench.Cases;

/// <summary>
/// The subject access export as a file: the record <see cref="AsbCases.SubjectAccessAsync"/> reads (and audits), built
/// into a document by <see cref="SubjectAccessReport"/> and rendered as HTML, PDF or Word by the report renderers.
/// </summary>
public sealed class SubjectAccessExports(AsbCases cases, ReportRenderers renderers)
{
    /// <summary>The formats the export is given in (a spreadsheet of it would help nobody).</summary>
    public static IReadOnlyList<ReportFormat> Formats { get; } = [ReportFormat.Html, ReportFormat.Pdf, ReportFormat.Docx];

    /// <summary>The document, or null when there is no such person.</summary>
    public async Task<ReportFile?> RenderAsync(Actor actor, long personId, ReportFormat format, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format)) throw new ArgumentOutOfRangeException(nameof(format), format, "The subject access export is given as HTML, PDF or Word.");
        var renderer = renderers.For(format);
        var warm = renderers.WarmUpAsync(format, cancellationToken);
        var record = await cases.SubjectAccessAsync(actor, personId, format.ToString().ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
        await warm.ConfigureAwait(false);
        if (record is null) return null;
        var document = SubjectAccessReport.Build(record);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var name = string.Create(CultureInfo.InvariantCulture, $"subject-access-person-{personId}-{record.Produced:yyyy-MM-dd}{renderer.Extension}");
        return new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label, document.Sections.Count, document.Tables().Count(), 0);
    }
}
