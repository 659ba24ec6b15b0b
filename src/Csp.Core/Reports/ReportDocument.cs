namespace Csp.Core.Reports;

/// <summary>
/// A report as a reader meets it, independent of the format it is rendered to (HTML, PDF, DOCX, XLSX): a cover with the
/// committee fields, numbered sections of blocks (paragraphs, tables, charts, maps, findings, notes) and the data sources.
/// Builders turn an assessment into this; one renderer per format turns this into bytes. Nothing here knows about a format.
/// </summary>
/// <param name="Kind">"committee" or "assessment": which report this is.</param>
/// <param name="Cover">The fields of the seeds' report front sheet, in order (Report to, Date, Reporting officer, Subject, Key decision...).</param>
/// <param name="Summary">Purpose and summary, shown before the first section (may be empty).</param>
/// <param name="Sources">Where the figures come from and which months each source covers.</param>
public sealed record ReportDocument(
    string Kind,
    string Title,
    string? Subtitle,
    Classification Classification,
    IReadOnlyList<CoverField> Cover,
    IReadOnlyList<ReportBlock> Summary,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<DataSource> Sources)
{
    /// <summary>Every table of the report in reading order (the XLSX gives each one a sheet).</summary>
    public IEnumerable<ReportTable> Tables() => AllBlocks().OfType<TableBlock>().Select(b => b.Table);

    /// <summary>Every chart and map in reading order (the DOCX and PDF embed each as an image).</summary>
    public IEnumerable<FigureBlock> Figures() => AllBlocks().OfType<FigureBlock>();

    public IEnumerable<ReportBlock> AllBlocks() => Summary.Concat(Sections.SelectMany(s => s.Blocks));
}
