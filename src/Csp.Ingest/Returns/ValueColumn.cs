namespace Csp.Ingest.Returns;

/// <summary>A column of the partner's file that holds figures, with what sets its figures apart.</summary>
/// <param name="Breakdown">Added to the row's breakdown for this column ("sex=Female"); empty for none.</param>
/// <param name="PeriodStart">The column's own period, for tables with a period per column group; null takes the row's.</param>
internal sealed record ValueColumn(string Column, string Breakdown, string? PeriodStart = null, string? PeriodEnd = null);
