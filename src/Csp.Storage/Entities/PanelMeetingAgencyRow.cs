namespace Csp.Storage.Entities;

/// <summary>An agency attending a panel meeting.</summary>
public sealed class PanelMeetingAgencyRow
{
    public long MeetingId { get; set; }
    public long AgencyId { get; set; }
}
