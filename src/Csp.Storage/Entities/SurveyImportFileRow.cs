namespace Csp.Storage.Entities;

/// <summary>An export of responses imported into a survey (the same content again is recognised by its hash).</summary>
public sealed class SurveyImportFileRow
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public required string Name { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int RowsRead { get; set; }
    public int RowsAdded { get; set; }
    public int RowsDuplicate { get; set; }
    public int RowsQuarantined { get; set; }
}
