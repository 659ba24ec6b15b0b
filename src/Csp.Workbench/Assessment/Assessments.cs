using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Periods;
using Csp.Core.Consultation;
using Csp.Workbench.Areas;
using Csp.Workbench.Consultation;
using Csp.Storage.Assessment;
using Csp.Storage.Diagnostics;

namespace Csp.Workbench.Assessment;

/// <summary>
/// The Strategic Assessment use case both hosts call (<c>csp assess</c>, <c>GET /api/assessment</c>, the dashboard): the
/// area found by code or name, the period chosen, the assessment answered from the loaded data, or refused with reasons
/// a person can act on.
/// </summary>
public sealed class Assessments(AssessmentCache cache, AssessmentConfiguration configuration, AreaFinder areas, SurveyConcern? surveyConcern = null)
{
    public AssessmentConfiguration Configuration => configuration;

    /// <summary>
    /// An area by ONS code (from the loaded data: no query) or by name (from the database). Read per area, or read whole
    /// before the whole is in memory, the data is not read to find it: both from the database (the same area as the data would give).
    /// </summary>
    public async Task<AreaMatch> FindAreaAsync(string query, CancellationToken cancellationToken) =>
        await areas.FindAsync(query, cache.Whole?.Data.Areas, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The force areas with data and the CSPs and districts with data in each (the dashboard's choice of area): the whole
    /// data's when it is in memory, else read from the database (<see cref="AreaListing.ReadAsync"/>), the same lists.
    /// </summary>
    public async Task<AreaListing> ListingAsync(CancellationToken cancellationToken)
    {
        if (cache.Reading == AssessmentReading.Whole && cache.Whole is { } whole) return whole.Listing;
        return await cache.ListingAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The result as the API sends it (<see cref="AssessmentSnapshot.Json"/>): serialised once per snapshot when the whole is in memory.</summary>
    public byte[] Json(AssessmentResult result) =>
        cache.Whole is { } whole ? whole.Json(result) : System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(result, Hosting.CspJson.Compact);

    /// <summary>The data loaded now (shared with the other use cases until the next import): all of it.</summary>
    public Task<AssessmentSnapshot> SnapshotAsync(CancellationToken cancellationToken) => cache.GetAsync(cancellationToken);

    /// <summary>
    /// Data that answers about <paramref name="area"/> (its assessment, its siblings', its wards', its Most Similar Group's)
    /// as all of it would: read per area, only its force area's and its comparators' (<see cref="AssessmentScope.OfAreaAsync"/>).
    /// </summary>
    /// <param name="ownOnly">Only the area's own LSOAs and their wards are used (hot spots): read per area, its district's only.</param>
    public async Task<AssessmentSnapshot> SnapshotAsync(Area area, CancellationToken cancellationToken, bool ownOnly = false)
    {
        if (cache.Whole is { } whole) return whole;
        var comparators = ownOnly ? [] : configuration.GroupOf(area.Code)?.MemberCodes ?? [];
        var scope = await AssessmentScope.OfAreaAsync(cache.Database, area, comparators, cancellationToken, ownOnly).ConfigureAwait(false);
        return await cache.GetAsync(scope, cancellationToken).ConfigureAwait(false);
    }

    public Task<AssessmentAnswer> AnswerAsync(AssessmentQuery query, CancellationToken cancellationToken)
    {
        var periods = query.Periods.Choose(query.FieldName ?? (n => n), out var periodError);
        return AnswerAsync(query.Area, periods, periodError, query.PopulationYear, query.Partial, query.Readership, cancellationToken);
    }

    /// <summary>
    /// Read per area (or before the whole is in memory), the community concern of the area's survey, started before the data
    /// is read so that the two go on together: the area's parents come from the database, as the data would give them for
    /// any area it holds. Null when the whole is in memory (<see cref="ConcernAsync"/> reads it from the data) or when there is no survey use case.
    /// </summary>
    internal Task<AreaConcern?>? ConcernBesideTheDataAsync(Area area, CancellationToken cancellationToken)
    {
        if (surveyConcern is null || cache.Whole is not null) return null;
        // On a thread of its own: SQLite's calls complete without yielding, so awaited here the reading would run to its end first.
        return Task.Run(Read, cancellationToken);

        async Task<AreaConcern?> Read()
        {
            var lineage = await Storage.Areas.AreaDirectory.LineageAsync(cache.Database, area.Code, cancellationToken).ConfigureAwait(false);
            var byCode = lineage.ToDictionary(a => a.Code, StringComparer.Ordinal);
            return await surveyConcern.ForAreaAsync(area, byCode.GetValueOrDefault, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The community concern for an area's assessment: the one read beside the data, else from the data's areas.</summary>
    internal async Task<AreaConcern?> ConcernAsync(Area area, AssessmentSnapshot snapshot, Task<AreaConcern?>? readBeside, CancellationToken cancellationToken)
    {
        if (readBeside is not null) return await readBeside.ConfigureAwait(false);
        return surveyConcern is null ? null : await surveyConcern.ForAreaAsync(area, snapshot.Data.Areas, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same, for a host that has chosen the period itself (the dashboard's form), or says why it could not.</summary>
    /// <param name="readership">Who reads it: a ward's or LSOA's small numbers are withheld from a public reader (<see cref="Withholding"/>).</param>
    public async Task<AssessmentAnswer> AnswerAsync(string? areaQuery, PeriodComparison? periods, string? periodError, int? populationYear, bool partial, Readership readership,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(areaQuery)) return AssessmentAnswer.Problem(AnswerKind.BadRequest, "Choose an area", "Give area: an ONS code such as E07000109 or a name such as Gravesham.");
        if (periods is null) return AssessmentAnswer.Problem(AnswerKind.BadRequest, "The period is not understood", periodError ?? "Choose a period.");
        var match = await FindAreaAsync(areaQuery, cancellationToken).ConfigureAwait(false);
        if (match.Area is not { } area) return AssessmentAnswer.Problem(AnswerKind.NotFound, "No such area", match.Problem!);
        // Read per area, the survey's community concern is read while the data loads (the area's parents from the database).
        var concernRead = ConcernBesideTheDataAsync(area, cancellationToken);
        var snapshot = await SnapshotAsync(area, cancellationToken).ConfigureAwait(false);
        if (AssessmentService.PopulationYearProblem(snapshot.Data, area, populationYear) is { } yearProblem)
        {
            return new AssessmentAnswer(null, AnswerKind.BadRequest, "The population year is not understood", yearProblem, [], area, match.Ambiguity, periods);
        }
        // A survey of the area (or of the CSP it lies in) gives community concern in place of the hand-entered values.
        StartupTrace.Mark("assessment: data in hand");
        var concern = await ConcernAsync(area, snapshot, concernRead, cancellationToken).ConfigureAwait(false);
        StartupTrace.Mark("assessment: community concern read");
        var used = concern is null ? configuration : configuration with { Judgements = CommunityConcern.Apply(configuration.Judgements, concern.Scores) };
        var outcome = snapshot.Assess(area, periods, used, populationYear, partial, concern?.Version, concern?.Note);
        if (outcome.Result is null)
        {
            if (outcome.NotUnderstood) return new AssessmentAnswer(null, AnswerKind.BadRequest, "The period is not understood", outcome.Refusal, [], area, match.Ambiguity, periods);
            return outcome.Ranges.Count > 0
                ? new AssessmentAnswer(null, AnswerKind.MissingData, "The data lacks months this comparison needs", outcome.Refusal, outcome.MissingMonths, area, match.Ambiguity, periods)
                    { MissingRanges = outcome.Ranges }
                : new AssessmentAnswer(null, AnswerKind.NoData, "There is no data for this area", outcome.Refusal, [], area, match.Ambiguity, periods);
        }
        var shown = Withholding.Assessment(outcome.Result, readership, out var withheld);
        return new AssessmentAnswer(shown, AnswerKind.Answered, null, null, outcome.MissingMonths, area, match.Ambiguity, periods) { Withheld = withheld };
    }
}
