namespace Csp.Storage.Entities;

/// <summary>
/// A file uploaded to an ASB case (table case_documents, 0018), held in the database. <see cref="Content"/>,
/// <see cref="Sha256"/> are null and <see cref="RemovedOn"/> set once its case has been anonymised.
/// </summary>
public sealed class CaseDocumentRow
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public required string FileName { get; set; }
    /// <summary>What the content was found to be: PDF, DOCX, XLSX, PNG, JPEG or TXT.</summary>
    public required string Kind { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string? Sha256 { get; set; }
    public byte[]? Content { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public DateOnly? RemovedOn { get; set; }
}
