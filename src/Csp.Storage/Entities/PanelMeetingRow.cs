namespace Csp.Storage.Entities;

/// <summary>A meeting of the Vulnerability Panel (table panel_meetings): when, who chairs it, where, and the agencies attending.</summary>
public sealed class PanelMeetingRow
{
    public long Id { get; set; }
    public DateOnly MeetsOn { get; set; }
    public required string Chair { get; set; }
    public string? Place { get; set; }
    /// <summary>True for the demonstration caseload's meeting: fictitious, labelled as such wherever it shows.</summary>
    public bool Demo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<PanelMeetingAgencyRow> Agencies { get; set; } = [];
}
