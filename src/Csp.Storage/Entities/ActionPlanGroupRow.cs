namespace Csp.Storage.Entities;

/// <summary>A coordinating delivery group of an action plan row (0015).</summary>
public sealed class ActionPlanGroupRow
{
    public long ItemId { get; set; }
    public long GroupId { get; set; }
}
