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
    /// <param name="surveys">The consultation use case (from the host's services) that loads the sample consultation.</param>
    public static async IAsyncEnumerable<FileImportReport> ImportAsync(CspDatabase database, TimeProvider clock, Consultation.Surveys surveys, string sampleRoot, IProgress<ImportProgress>? progress,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (kind, files) in Parts(sampleRoot))
        {
            await foreach (var report in DataImports.RunAsync(database, clock, kind, files, null, progress, cancellationToken).ConfigureAwait(false)) yield return report;
        }
        yield return await DemoIncidents.ImportAsync(database, clock, sampleRoot, cancellationToken).ConfigureAwait(false);
        // The partner returns, read against the measures of the home the sample belongs to (HOME/data/sample).
        var home = Path.GetFullPath(Path.Combine(sampleRoot, "..", ".."));
        await foreach (var report in ImportReturnsAsync(database, clock, sampleRoot, Performance.PerformanceConfiguration.Load(home), cancellationToken).ConfigureAwait(false)) yield return report;
        // Seed 001's consultation, reconstructed (its tables are the seed's counts), and the demonstration survey for the public form.
        var (_, responses) = await Consultation.SampleConsultation.ImportAsync(surveys, database, sampleRoot, cancellationToken)
            .ConfigureAwait(false);
        yield return responses;
    }

    /// <summary>The sample partner returns (<see cref="Returns"/>), each file its own transaction.</summary>
    public static async IAsyncEnumerable<FileImportReport> ImportReturnsAsync(CspDatabase database, TimeProvider clock, string sampleRoot, Performance.PerformanceConfiguration configuration,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var importer = new ReturnImporter(database, clock);
        var (files, mapped) = Returns(sampleRoot);
        foreach (var file in files) yield return await importer.ImportAsync(file, null, configuration.Measures, configuration.ReturnAreas, cancellationToken).ConfigureAwait(false);
        foreach (var (file, mapping) in mapped) yield return await importer.ImportAsync(file, mapping, configuration.Measures, configuration.ReturnAreas, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ending of a mapping file beside the return it reads (<c>youth-justice-wide.mapping.csv</c> for <c>youth-justice-wide.csv</c>).</summary>
    public const string MappingSuffix = ".mapping.csv";

    /// <summary>
    /// The sample partner returns (<c>data/sample/returns</c>, built from the seeds' published figures, and the EXAMPLE
    /// quarter): the long-form files, and each wide file with the mapping beside it.
    /// </summary>
    public static (IReadOnlyList<InputFile> LongForm, IReadOnlyList<(InputFile File, InputFile Mapping)> Mapped) Returns(string sampleRoot)
    {
        var all = InputFiles.Expand([Path.Combine(sampleRoot, "returns")], [".csv", ".xlsx"], out var missing);
        if (missing.Count > 0) throw new FileNotFoundException($"The bundled sample data is missing: {string.Join(", ", missing)}.");
        var files = all.Where(f => !f.Name.EndsWith(MappingSuffix, StringComparison.OrdinalIgnoreCase)).ToList();
        var mapped = files.Select(f => (File: f, Mapping: MappingBeside(f))).Where(p => p.Mapping is not null).Select(p => (p.File, p.Mapping!)).ToList();
        return (files.Where(f => MappingBeside(f) is null).ToList(), mapped);
    }

    /// <summary>The mapping file beside a return (NAME.mapping.csv for NAME.csv or NAME.xlsx), or null.</summary>
    public static InputFile? MappingBeside(InputFile file)
    {
        var path = Path.Combine(Path.GetDirectoryName(file.Name) ?? "", Path.GetFileNameWithoutExtension(file.Name) + MappingSuffix);
        return File.Exists(path) ? InputFiles.Expand([path], [".csv"], out _).SingleOrDefault() : null;
    }
}
