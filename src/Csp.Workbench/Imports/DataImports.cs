using System.Data.Common;
using System.Runtime.CompilerServices;
using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage;

using Csp.Storage.Loaders;

namespace Csp.Workbench.Imports;

/// <summary>
/// The kinds of data both hosts import (the CLI's <c>csp import KIND</c> and the web app's uploads), what files each
/// takes, and one way to run them: file by file, each its own transaction, a report per file.
/// </summary>
public static class DataImports
{
    /// <summary>data.police.uk street-level crime and ASB.</summary>
    public const string PoliceUk = PoliceUkImporter.Kind;
    /// <summary>ONS population estimates.</summary>
    public const string Population = PopulationImporter.Kind;
    /// <summary>ONS lookups, centroids and boundaries.</summary>
    public const string Geography = GeographyImporter.Kind;

    /// <summary>Dated incidents from partner systems (<c>csp import incidents</c>; not among the web app's upload kinds).</summary>
    public const string Incidents = IncidentImporter.Kind;

    /// <summary>The kinds the web app's imports page offers.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [PoliceUk, Population, Geography];

    /// <summary>The file name endings a folder is searched for (plain, <c>.gz</c> or inside a <c>.zip</c>).</summary>
    public static IReadOnlyList<string> Extensions(string kind) => kind switch
    {
        Population => [".csv", ".xlsx"],
        Geography => [".csv", ".json", ".geojson", ".topojson"],
        PoliceUk => [".csv"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of import: " + string.Join(", ", Kinds)),
    };

    /// <summary>Imports the files in order, yielding each file's report as it completes.</summary>
    /// <param name="year">The population estimates' year when neither the file nor its name says (population only).</param>
    public static IAsyncEnumerable<FileImportReport> RunAsync(CspDatabase database, TimeProvider clock, string kind, IReadOnlyList<InputFile> files, int? year,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(database, clock, kind, files, year, keepPartial: false, progress, cancellationToken);

    /// <summary>Imports the files in order, yielding each file's report as it completes.</summary>
    /// <param name="year">The population estimates' year when neither the file nor its name says (population only).</param>
    /// <param name="keepPartial">Keep the rows read from a file whose data breaks off, marking what it holds incomplete,
    /// instead of rejecting it whole (<c>--keep-partial</c>).</param>
    public static IAsyncEnumerable<FileImportReport> RunAsync(CspDatabase database, TimeProvider clock, string kind, IReadOnlyList<InputFile> files, int? year,
        bool keepPartial, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        Guarded(Reports(database, clock, kind, files, year, keepPartial, progress, cancellationToken), files, cancellationToken);

    /// <summary>Imports dated incident files in order (each its own transaction), yielding each file's report as it completes.</summary>
    /// <param name="epsg">The projected CRS of x,y columns (27700, the British National Grid, unless the file's system says otherwise).</param>
    public static IAsyncEnumerable<FileImportReport> RunIncidentsAsync(CspDatabase database, TimeProvider clock, IReadOnlyList<InputFile> files, int epsg, bool keepPartial,
        CancellationToken cancellationToken) =>
        Guarded(IncidentReports(database, clock, files, epsg, keepPartial, cancellationToken), files, cancellationToken);

    private static async IAsyncEnumerable<FileImportReport> IncidentReports(CspDatabase database, TimeProvider clock, IReadOnlyList<InputFile> files, int epsg, bool keepPartial,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var importer = new IncidentImporter(database, clock) { KeepPartial = keepPartial };
        foreach (var file in files) yield return await importer.ImportAsync(file, epsg, cancellationToken).ConfigureAwait(false);
    }

    // A database that fails part way (the server killed or restarted, the connection cut, the disk full) fails the file
    // being imported whole (each file is one transaction): the error names it and says what was kept.
    private static async IAsyncEnumerable<FileImportReport> Guarded(IAsyncEnumerable<FileImportReport> source, IReadOnlyList<InputFile> files,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reports = source.GetAsyncEnumerator(cancellationToken);
        await using var _ = reports.ConfigureAwait(false);
        var done = 0;
        while (true)
        {
            try
            {
                if (!await reports.MoveNextAsync().ConfigureAwait(false)) yield break;
            }
            catch (Exception e) when (DatabaseFailure(e) is { } cause)
            {
                throw new ImportInterruptedException(files[Math.Min(done, files.Count - 1)].Name, done, cause);
            }
            done++;
            yield return reports.Current;
        }
    }

    /// <summary>The database's own error in an exception's chain (a driver may wrap it, e.g. as a disposed transaction), else null.</summary>
    private static DbException? DatabaseFailure(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is DbException db) return db;
        }
        return null;
    }

    private static async IAsyncEnumerable<FileImportReport> Reports(CspDatabase database, TimeProvider clock, string kind, IReadOnlyList<InputFile> files, int? year,
        bool keepPartial, IProgress<ImportProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case PoliceUk:
                // One run over all the files: the importer reads the next file while the database finishes the last.
                var police = new PoliceUkImporter(database, clock) { KeepPartial = keepPartial };
                await foreach (var report in police.ImportAsync(files, progress, cancellationToken).ConfigureAwait(false)) yield return report;
                break;
            case Population:
                var population = new PopulationImporter(database, clock) { KeepPartial = keepPartial };
                foreach (var file in files) yield return await population.ImportAsync(file, year, cancellationToken).ConfigureAwait(false);
                break;
            case Geography:
                var geography = new GeographyImporter(database, clock) { KeepPartial = keepPartial };
                foreach (var file in files) yield return await geography.ImportAsync(file, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of import: " + string.Join(", ", Kinds));
        }
    }
}
