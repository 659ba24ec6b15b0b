using Csp.Core.Imports;

namespace Csp.Workbench.Imports;

/// <summary>A browser import as the API and the page show it: what was uploaded, its state, its progress while it runs, its report when done.</summary>
/// <param name="Status">Queued, Running, Finished or Failed.</param>
/// <param name="Progress">While running: files done and bytes read; null otherwise.</param>
/// <param name="Files">When finished: one report per file, as <c>csp import --format json</c> gives them (every quarantined row is also kept in the database).</param>
public sealed record ImportView(long Id, string Kind, IReadOnlyList<string> Uploaded, long Bytes, string UploadedBy, DateTimeOffset UploadedAt, DateTimeOffset? FinishedAt,
    string Status, long RowsRead, long RowsAdded, long RowsDuplicate, long RowsQuarantined, string? Message, ImportProgressView? Progress,
    IReadOnlyList<FileImportReport>? Files, string ReportPage);
