namespace Csp.Reporting.Rendering;

/// <summary>The formats a report is rendered to. The names are the CLI's <c>--format</c> values.</summary>
public enum ReportFormat
{
    Html,
    Pdf,
    Docx,
    Xlsx,
    /// <summary>A one-page document's page as a picture (Strategy on a Page).</summary>
    Png,
}
