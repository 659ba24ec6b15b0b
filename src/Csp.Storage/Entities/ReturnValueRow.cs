namespace Csp.Storage.Entities;

/// <summary>
/// A figure a partner returned (<c>return_values</c>): one per measure, area, period and breakdown; a later return for the
/// same four replaces it. <see cref="Value"/> null is "not available" (u/a), never zero.
/// </summary>
public sealed class ReturnValueRow
{
    public long Id { get; set; }
    public required string Measure { get; set; }
    public required string AreaCode { get; set; }
    /// <summary>The first day the figure covers.</summary>
    public DateOnly PeriodStart { get; set; }
    /// <summary>The last day the figure covers (included).</summary>
    public DateOnly PeriodEnd { get; set; }
    /// <summary>Canonical key=value pairs (<see cref="Core.Performance.Breakdown"/>); empty for the headline figure.</summary>
    public required string Breakdown { get; set; }
    public double? Value { get; set; }
    /// <summary>count, percentage, rate per 1,000 or currency.</summary>
    public required string Unit { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
    /// <summary><see cref="Core.Performance.ReturnFlags"/>: 1 = a total that disagrees with its parts.</summary>
    public int Flags { get; set; }
    /// <summary>The agency that returned it.</summary>
    public string? Agency { get; set; }
    /// <summary>The imported file it came from; null for a figure entered in the web app.</summary>
    public long? FileId { get; set; }
    public long Line { get; set; }
    /// <summary>The user who entered it in the web app; null for a file import.</summary>
    public string? SubmittedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
