namespace Csp.Storage.Entities;

/// <summary>A measure's target for one area where it differs from the measure's own (seed 001: maintain in Gravesham).</summary>
public sealed class MeasureAreaTargetRow
{
    public long MeasureId { get; set; }
    /// <summary>ONS code or name, as the measures file gives it.</summary>
    public required string Area { get; set; }
    public required string Target { get; set; }
}
