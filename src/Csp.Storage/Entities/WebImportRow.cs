namespace Csp.Storage.Entities;

/// <summary>An import started from the browser: what was uploaded, by whom, how it went, and its report (JSON) for later reading.</summary>
public sealed class WebImportRow
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    /// <summary>The uploaded file names, one per line.</summary>
    public required string Files { get; set; }
    public long Bytes { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>Queued, Running, Finished or Failed.</summary>
    public required string Status { get; set; }
    public long RowsRead { get; set; }
    public long RowsAdded { get; set; }
    public long RowsDuplicate { get; set; }
    public long RowsQuarantined { get; set; }
    public string? Message { get; set; }
    /// <summary>The file reports as <c>csp import --format json</c> prints them (<c>{"files": [...]}</c>).</summary>
    public string? Report { get; set; }
}
