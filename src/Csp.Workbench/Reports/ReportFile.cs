namespace Csp.Workbench.Reports;

/// <summary>A finished report: its bytes, a file name a person can read ("strategic-assessment-gravesham-2025-01-2025-09.pdf") and its content type.</summary>
/// <param name="Sections">How much the document holds, for a host to say so.</param>
public sealed record ReportFile(byte[] Content, string FileName, string ContentType, string Title, string ClassificationLabel, int Sections, int Tables, int Figures);
