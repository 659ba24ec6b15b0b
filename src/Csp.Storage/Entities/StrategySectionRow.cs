namespace Csp.Storage.Entities;

/// <summary>A paragraph or list item of a strategy (0015); theme 0 is the strategy's own.</summary>
public sealed class StrategySectionRow
{
    public long StrategyId { get; set; }
    public int Theme { get; set; }
    public required string Section { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public string? Source { get; set; }
}
