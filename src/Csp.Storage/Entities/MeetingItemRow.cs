namespace Csp.Storage.Entities;

/// <summary>A numbered agenda item of a meeting with the paper it took, if any (0019).</summary>
public sealed class MeetingItemRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public string? Notes { get; set; }
    public string? PaperTitle { get; set; }
    public string? PaperLink { get; set; }
}
