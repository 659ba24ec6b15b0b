namespace Csp.Web.Imports;

/// <summary>Uploaded files waiting in <paramref name="Folder"/> (a temporary folder the worker deletes) to be imported as <paramref name="Kind"/>.</summary>
/// <param name="Files">The saved files: their paths and the names the user gave them.</param>
/// <param name="Year">The population estimates' year, when the user gave one.</param>
public sealed record ImportJob(long Id, string Kind, int? Year, string Folder, IReadOnlyList<(string Path, string Name)> Files, string UploadedBy);
