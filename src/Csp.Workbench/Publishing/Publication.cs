using System.Globalization;

namespace Csp.Workbench.Publishing;

/// <summary>
/// Something as published: what its public page serves, what it is about (<paramref name="Subject"/>: the strategy
/// version's id, the area's ONS code, the financial year), the period it covers (the strategy's 2016-19, 2025-Q2,
/// 2025-04-01..2026-03-31), and who published it and when.
/// </summary>
public sealed record Publication(long Id, string Kind, string Subject, string Period, string Title, string Html, string PublishedBy, DateTimeOffset PublishedAt)
{
    /// <summary>The strategy version published, for the strategy and Strategy on a Page; else null.</summary>
    public long? StrategyId => Kind is Publications.Strategy or Publications.StrategyOnAPage && long.TryParse(Subject, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        ? id : null;
}
