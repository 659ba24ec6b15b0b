namespace Csp.Storage.Entities;

/// <summary>A version of the Community Safety Strategy (0015): one per refresh year.</summary>
public sealed class StrategyRow
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public required string Period { get; set; }
    public int Refresh { get; set; }
    public string? Source { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public string? ImportedBy { get; set; }
}
