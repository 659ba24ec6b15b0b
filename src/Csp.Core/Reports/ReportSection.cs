namespace Csp.Core.Reports;

/// <summary>A numbered section ("2. Strategic Assessment 2025: Violent crime"). Paragraph numbers inside it ("2.1") are on the blocks.</summary>
/// <param name="Number">"2"; null for an unnumbered section such as an appendix.</param>
public sealed record ReportSection(string? Number, string Title, IReadOnlyList<ReportBlock> Blocks);
