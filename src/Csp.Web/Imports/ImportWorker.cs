using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Workbench.Hosting;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Web.Assessment;
using Csp.Workbench.Audit;

using Csp.Workbench.Assessment;

namespace Csp.Web.Imports;

/// <summary>
/// Runs queued browser imports one after another, off the request threads: each file through the same importers as
/// <c>csp import</c>, progress on the <see cref="ImportBoard"/>, the report kept in <c>web_imports</c>, the audit log
/// told, and the assessment data reloaded when rows changed.
/// </summary>
internal sealed class ImportWorker(ImportQueue queue, ImportBoard board, BrowserImports imports, AuditTrail audit, Csp.Storage.CspDatabase database, AssessmentCache cache,
    TimeProvider clock, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ReadQueueAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping while waiting for the next job: not an error (the host would log it as one).
        }
        finally
        {
            // Jobs still queued when the app stops are not run (the next start marks them failed, as it does one that was
            // running): their uploaded files are deleted, not left in the temporary folder.
            while (queue.Reader.TryRead(out var left)) DeleteUpload(left);
        }
    }

    private void DeleteUpload(ImportJob job)
    {
        try
        {
            Directory.Delete(job.Folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not delete the uploaded files in {Folder}.", job.Folder);
        }
    }

    private async Task ReadQueueAsync(CancellationToken stoppingToken)
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
                DeleteUpload(job);
            }
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        await imports.MarkRunningAsync(job.Id, cancellationToken).ConfigureAwait(false);
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
            await foreach (var report in DataImports.RunAsync(database, clock,  job.Kind, files, job.Year, progress, cancellationToken).ConfigureAwait(false))
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
        await imports.FinishAsync(job.Id, reports, failure, CancellationToken.None).ConfigureAwait(false);
        await audit.RecordAsync(new Actor(job.UploadedBy, null), AuditActions.ImportFinished, job.UploadedBy, string.Join(", ", job.Files.Select(f => f.Name)),
            $"import {job.Id} ({job.Kind}) {(failure is null ? "finished" : "failed")}: read {reports.Sum(r => r.RowsRead)}, added {reports.Sum(r => r.RowsAdded)}, " +
            $"duplicate {reports.Sum(r => r.RowsDuplicate)}, quarantined {reports.Sum(r => r.RowsQuarantined)}; " +
            string.Join(", ", reports.GroupBy(r => r.Outcome).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")), CancellationToken.None).ConfigureAwait(false);
        if (reports.Any(r => r.Outcome is FileOutcome.Added or FileOutcome.Replaced)) await cache.RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reports on the importer's thread: <see cref="Progress{T}"/> would post every report to the thread pool.</summary>
    private sealed class DirectProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
