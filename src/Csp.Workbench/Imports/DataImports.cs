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
    public static async IAsyncEnumerable<FileImportReport> RunAsync(CspDatabase database, TimeProvider clock, string kind, IReadOnlyList<InputFile> files, int? year,
        IProgress<ImportProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case PoliceUk:
                // One run over all the files: the importer reads the next file while the database finishes the last.
                var police = new PoliceUkImporter(database, clock);
                await foreach (var report in police.ImportAsync(files, progress, cancellationToken).ConfigureAwait(false)) yield return report;
                break;
            case Population:
                var population = new PopulationImporter(database, clock);
                foreach (var file in files) yield return await population.ImportAsync(file, year, cancellationToken).ConfigureAwait(false);
                break;
            case Geography:
                var geography = new GeographyImporter(database, clock);
                foreach (var file in files) yield return await geography.ImportAsync(file, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of import: " + string.Join(", ", Kinds));
        }
    }
}
