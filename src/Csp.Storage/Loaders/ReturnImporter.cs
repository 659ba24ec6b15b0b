using System.Data.Common;
using System.Globalization;
using Csp.Core.Imports;
using Csp.Core.Performance;
using Csp.Ingest.Returns;
using Csp.Ingest.Sources;
using Csp.Storage.Performance;

namespace Csp.Storage.Loaders;

/// <summary>
/// Loads partner returns (<c>csp import returns</c>, the web app's return upload): each file one transaction, the same
/// content again changes nothing, a figure for a measure, area, period and breakdown already held is replaced in place and
/// the report says what it replaced. Refused figures are quarantined with file, line and field; a total that disagrees
/// with its parts is kept, flagged and reported as a warning. A file whose data breaks off (a cut download) is rejected
/// whole, as the police.uk import rejects one, unless <see cref="KeepPartial"/>.
/// </summary>
public sealed class ReturnImporter(CspDatabase database, TimeProvider clock)
{
    public const string Kind = "returns";

    /// <summary>
    /// The measures a file may give figures for (a partner officer's upload: their agency's); a figure for any other
    /// configured measure is refused with <see cref="RefusedReason"/>. Null = every configured measure.
    /// </summary>
    public IReadOnlySet<string>? OnlyMeasures { get; init; }

    /// <summary>Why a measure outside <see cref="OnlyMeasures"/> is refused, as the file's issue says it.</summary>
    public string RefusedReason { get; init; } = "not a measure you may return.";

    /// <summary>Keep the rows read from a file whose data breaks off (<c>--keep-partial</c>), marked incomplete; else it is rejected whole.</summary>
    public bool KeepPartial { get; init; }

    /// <summary>
    /// Every figure of the file is kept, or none (the web app's upload): the file is read through first, and a refused
    /// figure, a file that cannot be read or data that breaks off rejects it whole with every reason, before anything is
    /// written (not even the record of the import, so the corrected file, or the same file from a user who may return all
    /// its measures, is read afresh). False = the command line's way: the good figures land, the bad are quarantined.
    /// </summary>
    public bool AllOrNothing { get; init; }

    /// <param name="measures">The partnership's measures (data/config/measures.csv): a return may name only these.</param>
    /// <param name="extraAreas">Areas a return may name beyond the imported geography (data/config/return-areas.csv).</param>
    /// <param name="mapping">A mapping file for a partner's own layout; null = the documented long form.</param>
    public async Task<FileImportReport> ImportAsync(InputFile file, InputFile? mapping, IReadOnlyList<Measure> measures, IReadOnlyList<ReturnArea> extraAreas,
        CancellationToken cancellationToken) =>
        await Task.Run(() => Import(file, mapping, measures, extraAreas, cancellationToken), cancellationToken).ConfigureAwait(false);

    private FileImportReport Import(InputFile file, InputFile? mappingFile, IReadOnlyList<Measure> measures, IReadOnlyList<ReturnArea> extraAreas, CancellationToken cancellationToken)
    {
        ReturnMapping? mapping = null;
        if (mappingFile is not null)
        {
            using var stream = mappingFile.Open();
            var (read, problems) = ReturnMapping.Read(stream, mappingFile.Name);
            if (read is null || problems.Count > 0)
            {
                return new FileImportReport(file.Name, Kind, FileOutcome.Rejected, 0, 0, 0, 0, 0, 0, [], [.. problems]);
            }
            mapping = read;
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var vocabulary = ReturnVocabularies.Build(database, measures, extraAreas, cancellationToken);
        if (OnlyMeasures is { } only)
        {
            foreach (var m in measures.Where(m => !only.Contains(m.Name))) vocabulary.RefuseMeasure(m.Name, $"'{m.Name}' is {RefusedReason}");
        }
        if (AllOrNothing && Refusal(file, mapping, vocabulary, today) is { } refused) return refused;
        return ImportRegistry.ImportOnce(database, clock, file, Kind, KeepPartial, (connection, transaction, fileId) =>
        {
            PerformanceStore.SaveMeasures(connection, transaction, measures, now);
            return Load(file, mapping, vocabulary, measures, today, now, connection, transaction, fileId);
        }, cancellationToken);
    }

    private static (FileImportReport, string?, bool) Load(InputFile file, ReturnMapping? mapping, ReturnVocabulary vocabulary, IReadOnlyList<Measure> measures,
        DateOnly today, DateTimeOffset now, DbConnection connection, DbTransaction transaction, long fileId)
    {
        using var stream = file.Open();
        using var reader = ReturnReader.Open(stream, file.Name, vocabulary, mapping, new ReturnReaderOptions(today));
        var owners = measures.ToDictionary(m => m.Name, m => m.OwnerAgency, StringComparer.OrdinalIgnoreCase);
        var measureNames = new HashSet<string>(StringComparer.Ordinal);
        long added, replaced, duplicate;
        List<string> replacedLines;
        using (var writer = new ReturnFileWriter(connection, transaction, now, fileId))
        {
            foreach (var v in reader.Values())
            {
                writer.Write(v, owners.GetValueOrDefault(v.Measure));
                measureNames.Add(v.Measure);
            }
            writer.Finish();
            (added, replaced, duplicate, replacedLines) = (writer.Added, writer.Replaced, writer.Duplicates, writer.ReplacedLines);
        }
        var issues = reader.TakeIssues();
        if (reader.FileError is { } error) issues.Insert(0, error);
        var warnings = reader.TakeWarnings();
        ImportRegistry.Quarantine(connection, transaction, fileId, issues);
        var outcome = reader.FileError is not null ? FileOutcome.Rejected : replaced > 0 ? FileOutcome.Replaced : FileOutcome.Added;
        var report = new FileImportReport(file.Name, Kind, outcome, reader.RowsRead, added, duplicate, issues.Count(i => i.Line > 0), replaced, 0,
            measureNames.Order(StringComparer.Ordinal).Select(m => $"returns: {m}").ToList(), issues.Take(200).ToList())
        {
            Warnings = warnings.Take(200).ToList(),
            Replaced = replacedLines,
        };
        var truncation = reader.Truncated ? issues.FirstOrDefault(i => i.Line == 0)?.Message : null;
        return (report with { Truncated = reader.Truncated }, reader.FileError?.Message ?? truncation, reader.Truncated);
    }

    /// <summary>
    /// Reads the file through without writing (<see cref="AllOrNothing"/>): null when every figure would be kept, else the
    /// rejection with a first issue that says nothing was stored, then each figure refused with its file, line and field.
    /// </summary>
    private static FileImportReport? Refusal(InputFile file, ReturnMapping? mapping, ReturnVocabulary vocabulary, DateOnly today)
    {
        using var stream = file.Open();
        using var reader = ReturnReader.Open(stream, file.Name, vocabulary, mapping, new ReturnReaderOptions(today));
        long figures = 0;
        foreach (var _ in reader.Values()) figures++;
        var issues = reader.TakeIssues();
        if (reader.FileError is { } error) issues.Insert(0, error);
        if (issues.Count == 0 && !reader.Truncated) return null;
        var refusedRows = issues.Where(i => i.Line > 0).Select(i => i.Line).Distinct().Count();
        var why = reader.FileError is not null ? "the file cannot be read as a return"
            : string.Join(" and ", new[]
            {
                refusedRows > 0 ? $"{refusedRows} row{(refusedRows == 1 ? " was" : "s were")} refused" : null,
                reader.Truncated ? "its data breaks off before the end (truncated)" : null,
            }.OfType<string>());
        var lead = new ImportIssue(file.Name, 0, null,
            $"nothing of it was stored: {why}. Every figure of an uploaded file is kept, or none: correct the file and upload it again.");
        return new FileImportReport(file.Name, Kind, FileOutcome.Rejected, reader.RowsRead, 0, 0, issues.Count(i => i.Line > 0), 0, 0, [], [lead, .. issues.Take(200)])
        {
            Truncated = reader.Truncated,
            Warnings = reader.TakeWarnings().Take(200).ToList(),
        };
    }
}
