namespace Csp.Storage.Entities;

/// <summary>A group of the partnership's structure (0015). Lists (aliases, agencies) are ';'-separated.</summary>
public sealed class PartnershipGroupRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public long? ParentId { get; set; }
    public string? Aliases { get; set; }
    public string? Chair { get; set; }
    public string? Meets { get; set; }
    public string? Agencies { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
