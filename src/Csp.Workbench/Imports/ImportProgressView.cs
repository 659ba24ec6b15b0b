namespace Csp.Workbench.Imports;

/// <summary>How far a running import has got: files finished of the total, and bytes read of the current file.</summary>
/// <param name="Percent">0 to 100 over all the files, by size on disk.</param>
public sealed record ImportProgressView(string? CurrentFile, int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, int Percent);
