namespace Csp.Storage.Entities;

/// <summary>An action the panel gives an agency on an agenda item (table panel_actions). <see cref="Status"/> is Open, Done or NotDone.</summary>
public sealed class PanelActionRow
{
    public long Id { get; set; }
    public long ItemId { get; set; }
    public long CaseId { get; set; }
    public long OwnerAgencyId { get; set; }
    public required string Action { get; set; }
    public DateOnly? DueOn { get; set; }
    public required string Status { get; set; }
    public DateOnly? DoneOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
