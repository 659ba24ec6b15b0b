using Csp.Core.Imports;
using Csp.Core.NearRepeat;
using Csp.Ingest.NearRepeat;
using Csp.Storage;
using Csp.Storage.Loaders;

namespace Csp.Workbench.NearRepeat;

/// <summary>
/// The near-repeat use case both hosts call (<c>csp near-repeat</c>; the briefing's alerts): the Knox test on dated
/// incidents from a file of <c>X,Y,date</c> lines or from the imported incidents of a category.
/// </summary>
public sealed class NearRepeatAnalysis(CspDatabase database)
{
    /// <summary>The incidents of a file (bad lines quarantined with their line numbers), or null when there is no such file.</summary>
    public static (IReadOnlyList<NearRepeatEvent> Events, IReadOnlyList<ImportIssue> Issues)? ReadFile(string path)
    {
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return XyDateCsvReader.Read(stream, path);
    }

    /// <summary>The imported incidents of a category between two days (both included; null: open).</summary>
    public Task<IReadOnlyList<NearRepeatEvent>> ImportedAsync(string category, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        IncidentImporter.EventsAsync(database, category, from, to, cancellationToken);

    public static KnoxTestResult Run(IReadOnlyList<NearRepeatEvent> events, KnoxTestOptions options, CancellationToken cancellationToken) =>
        KnoxTest.Run(events, options, cancellationToken);
}
