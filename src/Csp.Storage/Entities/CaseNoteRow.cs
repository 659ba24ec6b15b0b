namespace Csp.Storage.Entities;

public sealed class CaseNoteRow
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
