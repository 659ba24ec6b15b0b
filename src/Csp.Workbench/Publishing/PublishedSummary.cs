namespace Csp.Workbench.Publishing;

/// <summary>
/// A performance report or Case Review statistics as published: what its public page serves, the area's code or the
/// financial year it is about (<paramref name="Subject"/>), the period (2025-Q2, or 2025-04-01..2026-03-31), and who
/// published it and when.
/// </summary>
public sealed record PublishedSummary(long Id, string Kind, string Subject, string Period, string Title, string Html, string PublishedBy, DateTimeOffset PublishedAt);
