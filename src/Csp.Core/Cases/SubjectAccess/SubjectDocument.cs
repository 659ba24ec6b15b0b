namespace Csp.Core.Cases.SubjectAccess;

/// <summary>
/// A document held on one of the person's cases: listed, not reproduced (a file cannot be redacted mechanically; the data
/// protection officer reads it and releases a redacted copy). <see cref="ContentRemoved"/> when its case was anonymised.
/// </summary>
public sealed record SubjectDocument(string FileName, string Kind, long SizeBytes, DateTimeOffset UploadedAt, bool ContentRemoved);
