using System.Text.Json;
using Csp.Core.Imports;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Imports;

/// <summary>
/// Imports started from the browser, as the <c>web_imports</c> table keeps them: queued when uploaded, running, then
/// finished or failed with their report. The host streams the upload and runs the queue; this keeps the record.
/// </summary>
public sealed class BrowserImports(CspDatabase database, TimeProvider clock)
{
    /// <summary>Records an upload as queued.</summary>
    /// <returns>Its id and how it looks now.</returns>
    public async Task<ImportView> QueueAsync(string kind, IReadOnlyList<string> fileNames, long bytes, string uploadedBy, CancellationToken cancellationToken)
    {
        var row = new WebImportRow
        {
            Kind = kind,
            Files = string.Join("\n", fileNames),
            Bytes = bytes,
            UploadedBy = uploadedBy,
            UploadedAt = clock.GetUtcNow(),
            Status = ImportStatus.Queued,
        };
        await using var db = database.CreateContext();
        db.WebImports.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return View(row, null);
    }

    /// <summary>The newest <paramref name="count"/> imports, without their file reports.</summary>
    public async Task<IReadOnlyList<ImportView>> ListAsync(int count, Func<long, ImportProgressView?> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await using var db = database.CreateContext();
        var rows = await db.WebImports.AsNoTracking().OrderByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => View(r, progress(r.Id), withReport: false)).ToList();
    }

    public async Task<ImportView?> FindAsync(long id, ImportProgressView? progress, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await db.WebImports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : View(row, progress);
    }

    public Task MarkRunningAsync(long id, CancellationToken cancellationToken) => SetAsync(id, row => row.Status = ImportStatus.Running, cancellationToken);

    /// <param name="failure">Why the import stopped, or null when it finished.</param>
    public Task FinishAsync(long id, IReadOnlyList<FileImportReport> reports, string? failure, CancellationToken cancellationToken) => SetAsync(id, row =>
    {
        row.Status = failure is null ? ImportStatus.Finished : ImportStatus.Failed;
        row.FinishedAt = clock.GetUtcNow();
        row.RowsRead = reports.Sum(r => r.RowsRead);
        row.RowsAdded = reports.Sum(r => r.RowsAdded);
        row.RowsDuplicate = reports.Sum(r => r.RowsDuplicate);
        row.RowsQuarantined = reports.Sum(r => r.RowsQuarantined);
        row.Message = failure;
        row.Report = JsonSerializer.Serialize(new { files = reports }, CspJson.Compact);
    }, cancellationToken);

    /// <summary>Imports a stopped app left queued or running cannot finish (their uploaded files were temporary): say so.</summary>
    public async Task FailInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var stale = await db.WebImports.Where(r => r.Status == ImportStatus.Queued || r.Status == ImportStatus.Running).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in stale)
        {
            row.Status = ImportStatus.Failed;
            row.FinishedAt = clock.GetUtcNow();
            row.Message = "The app stopped before this import finished. Upload the files again: files already imported are recognised and left unchanged.";
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SetAsync(long id, Action<WebImportRow> change, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await db.WebImports.FirstAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        change(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ImportView View(WebImportRow row, ImportProgressView? progress, bool withReport = true)
    {
        IReadOnlyList<FileImportReport>? files = null;
        if (withReport && row.Report is not null)
        {
            files = JsonSerializer.Deserialize<ReportFilesJson>(row.Report, CspJson.Compact)?.Files;
        }
        return new ImportView(row.Id, row.Kind, row.Files.Split('\n'), row.Bytes, row.UploadedBy, row.UploadedAt, row.FinishedAt, row.Status,
            row.RowsRead, row.RowsAdded, row.RowsDuplicate, row.RowsQuarantined, row.Message, progress, files, $"/imports/{row.Id}");
    }

    private sealed record ReportFilesJson(IReadOnlyList<FileImportReport> Files);
}
