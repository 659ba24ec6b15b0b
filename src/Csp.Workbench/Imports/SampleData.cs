using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage;

using Csp.Storage.Loaders;

namespace Csp.Workbench.Imports;

/// <summary>
/// The bundled sample (<c>data/sample</c>): geography first (areas the other files refer to), then population, then the
/// police.uk files, then the generated demonstration incidents moved to today (<see cref="DemoIncidents"/>). <c>csp import sample</c> and the web app's first run load it the same way.
/// </summary>
public static class SampleData
{
    /// <summary>The partnership the sample is about (with the whole of Kent around it): Dartford and Gravesham CSP.</summary>
    public const string Partnership = "E22000352";

    /// <summary>The parts in the order they must be loaded: the kind of import and the files of it.</summary>
    /// <exception cref="FileNotFoundException">A folder of the sample is missing (a broken checkout).</exception>
    public static IReadOnlyList<(string Kind, IReadOnlyList<InputFile> Files)> Parts(string sampleRoot)
    {
        var parts = new List<(string, IReadOnlyList<InputFile>)>();
        foreach (var (kind, folder, extensions) in new[]
        {
            (DataImports.Geography, "geography", DataImports.Extensions(DataImports.Geography)),
            // The population folder holds CSVs only; the XLSX reader is for files a user brings.
            (DataImports.Population, "population", (IReadOnlyList<string>)[".csv"]),
            (DataImports.PoliceUk, "police-uk", DataImports.Extensions(DataImports.PoliceUk)),
        })
        {
            var files = InputFiles.Expand([Path.Combine(sampleRoot, folder)], extensions, out var missing);
            if (missing.Count > 0) throw new FileNotFoundException($"The bundled sample data is missing: {string.Join(", ", missing)}.");
            parts.Add((kind, files));
        }
        return parts;
    }

    /// <summary>Loads every part, yielding each file's report.</summary>
    public static async IAsyncEnumerable<FileImportReport> ImportAsync(CspDatabase database, TimeProvider clock, string sampleRoot, IProgress<ImportProgress>? progress,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (kind, files) in Parts(sampleRoot))
        {
            await foreach (var report in DataImports.RunAsync(database, clock, kind, files, null, progress, cancellationToken).ConfigureAwait(false)) yield return report;
        }
        yield return await DemoIncidents.ImportAsync(database, clock, sampleRoot, cancellationToken).ConfigureAwait(false);
        // Seed 001's consultation, reconstructed (its tables are the seed's counts), and the demonstration survey for the public form.
        var home = Path.GetFullPath(Path.Combine(sampleRoot, "..", ".."));
        var (_, responses) = await Consultation.SampleConsultation.ImportAsync(new Consultation.Surveys(database, clock, new Hosting.CspHomeFolder(home)), database, sampleRoot, cancellationToken)
            .ConfigureAwait(false);
        yield return responses;
    }

    /// <summary>Whether the database holds any police.uk data (the first run loads the sample when it holds none).</summary>
    public static async Task<bool> HasPoliceDataAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return Sql.Long(connection, null, "SELECT count(*) FROM force_months") > 0;
    }
}
