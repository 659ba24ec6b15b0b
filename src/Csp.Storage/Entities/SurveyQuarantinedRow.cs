namespace Csp.Storage.Entities;

public sealed class SurveyQuarantinedRow
{
    public long Id { get; set; }
    public long FileId { get; set; }
    public int Line { get; set; }
    public string? Field { get; set; }
    public required string Reason { get; set; }
    public string? Raw { get; set; }
}
