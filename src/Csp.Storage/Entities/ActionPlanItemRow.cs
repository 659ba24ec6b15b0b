namespace Csp.Storage.Entities;

/// <summary>A row of a strategy version's action plan (0015). <see cref="Priorities"/> is ';'-separated.</summary>
public sealed class ActionPlanItemRow
{
    public long Id { get; set; }
    public long StrategyId { get; set; }
    public required string Ref { get; set; }
    public int ThemeNumber { get; set; }
    public int ActionNumber { get; set; }
    public required string Theme { get; set; }
    public required string Action { get; set; }
    public required string Priorities { get; set; }
    public string? OwnerAgency { get; set; }
    public string? Lead { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public required string Status { get; set; }
    public required string Rag { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
