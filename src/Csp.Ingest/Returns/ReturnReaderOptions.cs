namespace Csp.Ingest.Returns;

/// <param name="Today">When given, a period that ends after this day is refused (a return cannot report the future);
/// pass the caller's clock (TimeProvider), never read it here.</param>
/// <param name="TotalRules">The totals to check against their parts; null = <see cref="TotalRule.Sex"/>.</param>
internal sealed record ReturnReaderOptions(DateOnly? Today = null, IReadOnlyList<TotalRule>? TotalRules = null)
{
    public static readonly ReturnReaderOptions Default = new();
}
