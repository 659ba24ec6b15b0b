namespace Csp.Storage.Entities;

/// <summary>A fact of a strategy's priority linked to the assessment (0023): a reference, not text.</summary>
public sealed class StrategyFactRow
{
    public long Id { get; set; }
    public long StrategyId { get; set; }
    public int Theme { get; set; }
    public required string AreaCode { get; set; }
    public required string Category { get; set; }
    public required string Measure { get; set; }
    public required string Period { get; set; }
    public required string Baseline { get; set; }
    public long? CarriedFrom { get; set; }
    public required string AddedBy { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
