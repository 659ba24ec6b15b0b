using System.Globalization;
using System.Runtime.CompilerServices;
using Csp.Core.Imports;
using Csp.Core.Performance;
using Csp.Ingest.Sources;
using Csp.Storage;
using Csp.Storage.Areas;
using Csp.Storage.Loaders;
using Csp.Storage.Performance;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;

namespace Csp.Workbench.Performance;

/// <summary>
/// Partner returns: files imported (<c>csp import returns</c>), and one figure at a time entered by a partner officer in
/// the web app for their agency's measures only (<see cref="Measure.Agency"/>), every entry audited.
/// </summary>
public sealed class PartnerReturns(CspDatabase database, PerformanceConfiguration configuration, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The configuration's own problems (a bad line of measures.csv), for a host to show before importing.</summary>
    public IReadOnlyList<ImportIssue> ConfigurationIssues => configuration.Issues;

    /// <summary>Imports the files in order, each its own transaction; <paramref name="mapping"/> applies to every one.</summary>
    /// <param name="keepPartial">Keep the rows read from a file whose data breaks off, marked incomplete; else it is rejected whole.</param>
    public async IAsyncEnumerable<FileImportReport> ImportAsync(IReadOnlyList<InputFile> files, InputFile? mapping, bool keepPartial, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var importer = new ReturnImporter(database, clock) { KeepPartial = keepPartial };
        foreach (var file in files)
        {
            yield return await importer.ImportAsync(file, mapping, configuration.Measures, configuration.ReturnAreas, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The largest return file the form takes (a quarter's returns are a few kilobytes).</summary>
    public const int UploadLimitBytes = 20 * 1024 * 1024;

    /// <summary>A file as the browser sent it: read into memory (up to <see cref="UploadLimitBytes"/>), then <see cref="UploadAsync(ReturnUser, InputFile, CancellationToken)"/>.</summary>
    public async Task<FileImportReport> UploadAsync(ReturnUser user, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        string? problem = extension is not (".csv" or ".xlsx") ? $"'{name}' is not a CSV or XLSX file."
            : buffer.Length == 0 ? $"'{name}' is empty."
            : buffer.Length > UploadLimitBytes ? $"'{name}' is larger than {UploadLimitBytes / 1048576} MB."
            : null;
        if (problem is not null)
        {
            await audit.RecordAsync(user.Actor, AuditActions.ReturnFileUploaded, user.UserName, name, "refused: " + problem, cancellationToken).ConfigureAwait(false);
            return new FileImportReport(name, ReturnImporter.Kind, FileOutcome.Rejected, 0, 0, 0, 0, 0, 0, [], [new ImportIssue(name, 0, null, problem)]);
        }
        var bytes = buffer.ToArray();
        var file = new InputFile(name, bytes.Length, () =>
        {
            var memory = new MemoryStream(bytes);
            return new ProgressStream(memory, () => memory.Position, memory);
        });
        return await UploadAsync(user, file, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A return file (CSV or XLSX, the long form of <c>csp import returns</c>) uploaded by a user on the return form: the same
    /// import, except that a figure for a measure the user may not enter (<see cref="MeasuresFor"/>) is refused with its file,
    /// line and field, and that the file is kept whole or not at all (<see cref="ReturnImporter.AllOrNothing"/>: one refused
    /// figure, or data that breaks off, and nothing of it is stored). Audited with what was kept and refused.
    /// </summary>
    public async Task<FileImportReport> UploadAsync(ReturnUser user, InputFile file, CancellationToken cancellationToken)
    {
        var allowed = MeasuresFor(user).Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var importer = new ReturnImporter(database, clock)
        {
            OnlyMeasures = allowed,
            RefusedReason = $"not one of the measures {user.AgencyName} returns: a partner officer may upload only their agency's measures.",
            AllOrNothing = true,
        };
        var report = await importer.ImportAsync(file, null, configuration.Measures, configuration.ReturnAreas, cancellationToken).ConfigureAwait(false);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{report.File}: {report.Outcome}, {report.RowsAdded} added, {report.RowsReplaced} replaced, {report.RowsQuarantined} refused{((report.Issues.FirstOrDefault(i => i.Line > 0) ?? report.Issues.FirstOrDefault()) is { } first ? "; first: " + first : "")}");
        await audit.RecordAsync(user.Actor, AuditActions.ReturnFileUploaded, user.UserName, Path.GetFileName(file.Name), detail, cancellationToken).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// The measures the user may enter: a partner officer those of their own agency; an administrator or analyst every
    /// measure partners return; anyone else none.
    /// </summary>
    public IReadOnlyList<Measure> MeasuresFor(ReturnUser user)
    {
        var returned = configuration.Measures.Where(m => m.SourceKind == MeasureSourceKind.PartnerReturn);
        if (user.Roles.Contains(Roles.Administrator) || user.Roles.Contains(Roles.Analyst)) return returned.ToList();
        if (user.Roles.Contains(Roles.PartnerOfficer)) return returned.Where(m => m.Agency is { } a && a.Equals(user.AgencyName, StringComparison.OrdinalIgnoreCase)).ToList();
        return [];
    }

    /// <summary>Checks and keeps one figure for a quarter; refused with the field and reason. Audited either way.</summary>
    public async Task<ReturnSubmission> SubmitAsync(ReturnUser user, ReturnEntry entry, CancellationToken cancellationToken)
    {
        var outcome = await CheckAndSaveAsync(user, entry, cancellationToken).ConfigureAwait(false);
        var what = $"{entry.Measure}, {entry.Area}, {entry.Quarter}{(string.IsNullOrWhiteSpace(entry.Breakdown) ? "" : ", " + entry.Breakdown)}: {entry.Value}";
        await audit.RecordAsync(user.Actor, outcome.Done ? AuditActions.ReturnSubmitted : AuditActions.ReturnRefused, user.UserName, entry.Measure,
            outcome.Done ? what + (outcome.Replaced is { } r ? $"; replaced {r}" : "") : $"{what}; refused ({outcome.Field}): {outcome.Problem}", cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task<ReturnSubmission> CheckAndSaveAsync(ReturnUser user, ReturnEntry entry, CancellationToken cancellationToken)
    {
        var measure = MeasuresFor(user).FirstOrDefault(m => m.Name.Equals(entry.Measure?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (measure is null) return ReturnSubmission.Refused("measure", $"'{entry.Measure}' is not one of the measures your agency returns.");
        var areaText = (entry.Area ?? "").Trim();
        var found = (await AreaDirectory.FindAsync(database, areaText, cancellationToken).ConfigureAwait(false))
            .Where(a => a.Code.Equals(areaText, StringComparison.OrdinalIgnoreCase) || a.Name.Equals(areaText, StringComparison.OrdinalIgnoreCase))
            .Where(a => a.Level is Core.Areas.AreaLevel.District or Core.Areas.AreaLevel.CommunitySafetyPartnership or Core.Areas.AreaLevel.ForceArea).ToList();
        var areaCode = found.Count > 0 ? found[0].Code
            : configuration.ReturnAreas.FirstOrDefault(a => a.Code.Equals(entry.Area, StringComparison.OrdinalIgnoreCase) || a.Name.Equals(entry.Area, StringComparison.OrdinalIgnoreCase))?.Code;
        if (areaCode is null) return ReturnSubmission.Refused("area", $"'{entry.Area}' is not a district, partnership or force area (an ONS code such as E07000109, or a name such as Gravesham; returns are never for wards or smaller areas).");
        if (!PerformancePeriods.TryQuarter(entry.Quarter ?? "", out var year, out var q)) return ReturnSubmission.Refused("quarter", $"'{entry.Quarter}' is not a quarter: write it as 2025-Q2.");
        var period = new ReturnPeriod(new DateOnly(year, q * 3 - 2, 1), new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (period.End > today) return ReturnSubmission.Refused("quarter", $"{entry.Quarter} has not ended yet (it ends on {period.End:yyyy-MM-dd}).");
        if (!Breakdown.TryNormalise(entry.Breakdown ?? "", out var breakdown, out var problem)) return ReturnSubmission.Refused("breakdown", problem!);
        decimal? value = null;
        var text = (entry.Value ?? "").Trim();
        if (!(text.Length == 0 || text.Equals("u/a", StringComparison.OrdinalIgnoreCase) || text.Equals("n/a", StringComparison.OrdinalIgnoreCase)))
        {
            if (!decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
            {
                return ReturnSubmission.Refused("value", $"'{text}' is not a number (or u/a when not available).");
            }
            if (measure.Unit == MeasureUnit.Percentage && n is < 0 or > 100) return ReturnSubmission.Refused("value", $"{text} is not a percentage from 0 to 100.");
            if (measure.Unit is MeasureUnit.Count or MeasureUnit.Currency && n < 0) return ReturnSubmission.Refused("value", $"{text}: a count cannot be negative.");
            value = n;
        }
        var returned = new ReturnValue(measure.Name, areaCode, period, value, breakdown, measure.Unit, measure.OwnerAgency,
            string.IsNullOrWhiteSpace(entry.Note) ? null : entry.Note.Trim(), 0);
        await PerformanceStore.SaveMeasuresAsync(database, configuration.Measures, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var replaced = await PerformanceStore.SubmitAsync(database, returned, user.AgencyName, user.UserName, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new ReturnSubmission(true, null, null, replaced);
    }
}
