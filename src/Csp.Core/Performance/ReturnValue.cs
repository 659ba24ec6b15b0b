namespace Csp.Core.Performance;

/// <summary>One figure of a partner's return, in the long form: measure, area, period, breakdown and value.</summary>
/// <param name="Measure">The measure's name as configured (the return's spelling is matched case-insensitively).</param>
/// <param name="AreaCode">The ONS code of the area (a return may give the name; the reader resolves it).</param>
/// <param name="Value">The figure; null when the return says it is not available ("u/a", "n/a" or empty), never zero.</param>
/// <param name="Breakdown">Canonical <see cref="Performance.Breakdown"/> ("sex=Female"); empty for the headline figure.</param>
/// <param name="Line">The line (CSV) or row (XLSX) of the return the figure came from.</param>
public sealed record ReturnValue(
    string Measure,
    string AreaCode,
    ReturnPeriod Period,
    decimal? Value,
    string Breakdown,
    MeasureUnit Unit,
    string? Source,
    string? Note,
    long Line,
    ReturnFlags Flags = ReturnFlags.None)
{
    public bool NotAvailable => Value is null;
}
