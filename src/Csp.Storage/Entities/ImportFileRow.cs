namespace Csp.Storage.Entities;

public sealed class ImportFileRow
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public required string Sha256 { get; set; }
    public required string ImportedAt { get; set; }
    public required string Outcome { get; set; }
    public long RowsRead { get; set; }
    public long RowsAdded { get; set; }
    public long RowsQuarantined { get; set; }
    public long RowsReplaced { get; set; }
    public long RowsWithoutLocation { get; set; }
    public required string Units { get; set; }
    public string? Message { get; set; }
}
