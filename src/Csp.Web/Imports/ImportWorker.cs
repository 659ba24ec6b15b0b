using System.Text.Json;
using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Workbench.Hosting;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Storage;
using Csp.Web.Assessment;
using Csp.Web.Audit;
using Microsoft.EntityFrameworkCore;

using Csp.Workbench.Assessment;

namespace Csp.Web.Imports;

/// <summary>
/// Runs queued browser imports one after another, off the request threads: each file through the same importers as
/// <c>csp import</c>, progress on the <see cref="ImportBoard"/>, the report kept in <c>web_imports</c>, the audit log
/// told, and the assessment data reloaded when rows changed.
/// </summary>
internal sealed class ImportWorker(ImportQueue queue, ImportBoard board, IServiceScopeFactory scopes, CspDatabase database, AssessmentCache cache,
    TimeProvider clock, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunAsync(job, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            finally
            {
                board.Finish(job.Id);
                try
                {
                    Directory.Delete(job.Folder, recursive: true);
                }
                catch (IOException e)
                {
                    logger.LogWarning(e, "Could not delete the uploaded files in {Folder}.", job.Folder);
                }
            }
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        await SetAsync(job.Id, row => row.Status = ImportStatus.Running, cancellationToken).ConfigureAwait(false);
        var reports = new List<FileImportReport>();
        string? failure = null;
        try
        {
            // Each uploaded file by name, so that a file with the wrong ending is reported rather than skipped.
            var files = new List<InputFile>();
            foreach (var (path, name) in job.Files)
            {
                var expanded = InputFiles.Expand([path], DataImports.Extensions(job.Kind), out _);
                files.AddRange(expanded.Select(f => f with { Name = name + f.Name[path.Length..] }));
            }
            board.Start(job.Id, files.Select(f => Math.Max(f.CompressedLength, 1)).ToList());
            var index = 0;
            var progress = new DirectProgress(p => board.Report(job.Id, index, p));
            await foreach (var report in DataImports.RunAsync(database, clock, job.Kind, files, job.Year, progress, cancellationToken).ConfigureAwait(false))
            {
                reports.Add(report);
                board.FileDone(job.Id, index, report.File);
                index++;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The importers report bad data as issues; an exception is a failure of the import itself (disk, database).
            logger.LogError(e, "Browser import {Id} failed.", job.Id);
            failure = $"The import stopped: {e.Message}. Files reported below were imported; the rest were not.";
        }
        await SetAsync(job.Id, row =>
        {
            row.Status = failure is null ? ImportStatus.Finished : ImportStatus.Failed;
            row.FinishedAt = clock.GetUtcNow();
            row.RowsRead = reports.Sum(r => r.RowsRead);
            row.RowsAdded = reports.Sum(r => r.RowsAdded);
            row.RowsDuplicate = reports.Sum(r => r.RowsDuplicate);
            row.RowsQuarantined = reports.Sum(r => r.RowsQuarantined);
            row.Message = failure;
            row.Report = JsonSerializer.Serialize(new { files = reports }, CspJson.Compact);
        }, CancellationToken.None).ConfigureAwait(false);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            await audit.RecordAsync(AuditActions.ImportFinished, job.UploadedBy, string.Join(", ", job.Files.Select(f => f.Name)),
                $"import {job.Id} ({job.Kind}) {(failure is null ? "finished" : "failed")}: read {reports.Sum(r => r.RowsRead)}, added {reports.Sum(r => r.RowsAdded)}, " +
                $"duplicate {reports.Sum(r => r.RowsDuplicate)}, quarantined {reports.Sum(r => r.RowsQuarantined)}; " +
                string.Join(", ", reports.GroupBy(r => r.Outcome).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")), CancellationToken.None).ConfigureAwait(false);
        }
        if (reports.Any(r => r.Outcome is FileOutcome.Added or FileOutcome.Replaced)) await cache.RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SetAsync(long id, Action<Csp.Storage.Entities.WebImportRow> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CspDbContext>();
        var row = await db.WebImports.FirstAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        change(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports a stopped app left queued or running cannot finish (their uploaded files were temporary): say so.</summary>
    public static async Task FailInterruptedAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CspDbContext>();
        var stale = await db.WebImports.Where(r => r.Status == ImportStatus.Queued || r.Status == ImportStatus.Running).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in stale)
        {
            row.Status = ImportStatus.Failed;
            row.FinishedAt = clock.GetUtcNow();
            row.Message = "The app stopped before this import finished. Upload the files again: files already imported are recognised and left unchanged.";
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reports on the importer's thread: <see cref="Progress{T}"/> would post every report to the thread pool.</summary>
    private sealed class DirectProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
