namespace Csp.Workbench.Publishing;

/// <summary>
/// One thing on the public page: its kind (strategy, strategy-on-a-page, performance, case-review-statistics), its title,
/// the period it covers (a quarter, a financial year; the strategy's own period for the strategy), the public address that
/// serves it, and who published it and when.
/// </summary>
public sealed record PublishedItem(string Kind, string Title, string Period, string Path, string PublishedBy, DateTimeOffset PublishedAt);
