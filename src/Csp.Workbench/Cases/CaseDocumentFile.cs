namespace Csp.Workbench.Cases;

/// <summary>A document's content for download, with the name and type it is served under.</summary>
public sealed record CaseDocumentFile(string FileName, string ContentType, byte[] Content, string Sha256);
