namespace Csp.Storage.Entities;

/// <summary>A measure as the partnership configured it (<c>measures</c>, copied from data/config/measures.csv).</summary>
public sealed class MeasureRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Definition { get; set; }
    /// <summary>police.uk, return or incidents.</summary>
    public required string Source { get; set; }
    public required string SourceKey { get; set; }
    public required string Unit { get; set; }
    /// <summary>lower, higher or monitor.</summary>
    public required string Polarity { get; set; }
    /// <summary>As written: "reduce by 5%", "maintain", "120"; null = no target.</summary>
    public string? Target { get; set; }
    public double? Baseline { get; set; }
    public double? Tolerance { get; set; }
    public string? AgeBand { get; set; }
    /// <summary>The owning agency as the measures file names it ("Kent Fire and Rescue Service").</summary>
    public required string Owner { get; set; }
    /// <summary>The agency of the web app whose partner officers return it; null = analysts only.</summary>
    public long? AgencyId { get; set; }
    public required string Priority { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
