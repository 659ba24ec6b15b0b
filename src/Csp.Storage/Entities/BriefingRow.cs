namespace Csp.Storage.Entities;

/// <summary>A briefing held: its area, the window it covered (UK local time, since included, until excluded), who held it and when.</summary>
public sealed class BriefingRow
{
    public long Id { get; set; }
    public required string AreaCode { get; set; }
    public DateTime Since { get; set; }
    public DateTime Until { get; set; }
    public DateTimeOffset HeldAt { get; set; }
    public required string HeldBy { get; set; }
    public int Incidents { get; set; }
    public string? Notes { get; set; }
}
