namespace Csp.Storage.Entities;

/// <summary>One priority of a decision, in order (0015).</summary>
public sealed class PriorityDecisionItemRow
{
    public long DecisionId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string Outcome { get; set; }
    public int? Rank { get; set; }
    public double? Score { get; set; }
    public bool Recommended { get; set; }
}
