namespace Csp.Workbench.Cases;

/// <summary>A document on a case as the case page lists it (not its content).</summary>
/// <param name="Kind">In words: "PDF document", "Word document", ...</param>
/// <param name="Sha256">Lower-case hex; null once the content was removed (<paramref name="RemovedOn"/>).</param>
public sealed record CaseDocument(long Id, string FileName, string Kind, long SizeBytes, string? Sha256, string UploadedBy, DateTimeOffset UploadedAt, DateOnly? RemovedOn);
