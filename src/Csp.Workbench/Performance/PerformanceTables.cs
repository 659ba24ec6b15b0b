using System.Globalization;
using System.Text;
using Csp.Core.Areas;
using Csp.Core.Performance;
using Csp.Core.Periods;
using Csp.Core.Population;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Areas;
using Csp.Storage.Performance;
using Csp.Workbench.Areas;
using Csp.Workbench.Assessment;
using Csp.Workbench.Reports;

namespace Csp.Workbench.Performance;

/// <summary>
/// The performance use cases both hosts call: <c>csp performance</c> and the web page (every measure of an area with its
/// figure, baseline, change, target and RAG status), and <c>csp report performance</c> and its download (the quarterly
/// report rendered by the report pipeline).
/// </summary>
public sealed class PerformanceTables(CspDatabase database, AreaFinder finder, PerformanceConfiguration configuration, AssessmentConfiguration assessment,
    ReportRenderers renderers, TimeProvider clock, Assessments assessments)
{
    /// <summary>The measure returned by sex that the youth justice table shows (seed 000).</summary>
    public const string YouthMeasure = "Youth justice first-time entrants";

    /// <summary>How many periods the report's charts show, ending with the report's own.</summary>
    public const int ChartPeriods = 8;

    /// <summary>Every measure configured: returned, counted from police.uk, counted from incidents, DA repeat victims.</summary>
    private IReadOnlyList<Measure> Measures => configuration.Measures;

    /// <param name="readership">Who reads the table: a reader who may not see small numbers (<see cref="Readership.Public"/>,
    /// a public classification) has a share of a few victims withheld (<see cref="ShareSuppression"/>); the command line's
    /// restricted output and the entitled roles read every figure. The Most Similar Group positions follow the same readership.</param>
    public async Task<PerformanceOutcome> ComputeAsync(string areaQuery, PeriodComparison periods, Readership readership, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readership);
        var (outcome, data, area) = await ComputeWithDataAsync(areaQuery, periods, [], cancellationToken).ConfigureAwait(false);
        if (outcome.Result is not { } result) return outcome;
        var positions = await PositionsAsync(area!, periods, readership.SmallNumbers, cancellationToken).ConfigureAwait(false);
        var (shown, notes) = Shown(result, Districts(result, data!), outcome.Notes, readership.Classification);
        return outcome with { Result = shown, Notes = notes, MostSimilarGroup = positions };
    }

    /// <summary>
    /// The table as a reader of this classification may see it: unchanged for a restricted one; for a public one, a share
    /// of a few people withheld (<see cref="ShareSuppression"/>) and a partnership's count that would give away a small
    /// difference from its districts' withheld (<see cref="PartnershipDifference"/>), each with its note, and a returned
    /// share with no base to check said so.
    /// </summary>
    /// <param name="districts">The tables of the area's districts for the same period (empty unless it is a partnership).</param>
    private static (PerformanceResult Result, IReadOnlyList<string> Notes) Shown(PerformanceResult result, IReadOnlyList<PerformanceResult> districts, IReadOnlyList<string> notes,
        Core.Reports.Classification classification)
    {
        if (!classification.IsPublic) return (result, notes);
        var shown = PartnershipDifference.Apply(ShareSuppression.Apply(result, classification), districts, classification);
        List<string> all = [.. notes];
        if (shown.Rows.Any(r => r.Withheld && !r.DifferenceWithheld)) all.Add(ShareSuppression.Note(classification));
        if (shown.Rows.Any(r => r.DifferenceWithheld)) all.Add(PartnershipDifference.Note(classification));
        if (ShareSuppression.UnbasedNote(shown, classification) is { } unbased) all.Add(unbased);
        return (shown, all);
    }

    /// <summary>The tables of a partnership's districts for the same period and measures, from the same data (empty for any other area):
    /// what a reader adds up against the partnership's (<see cref="PartnershipDifference"/>).</summary>
    private static IReadOnlyList<PerformanceResult> Districts(PerformanceResult result, PerformanceData data) =>
        result.Area.Parts.Select(part => PerformanceEngine.Compute(new PerformanceRequest(part, result.Periods, result.Measures), data)).ToList();

    /// <summary>The area's Most Similar Group positions as a reader of <paramref name="small"/> may see them (<see cref="MostSimilarGroupAsync"/>).</summary>
    private async Task<Core.Reports.MostSimilarGroupPositions?> PositionsAsync(Area area, PeriodComparison periods, Core.Reports.SmallNumbers small, CancellationToken cancellationToken) =>
        await MostSimilarGroupAsync(area, periods, cancellationToken).ConfigureAwait(false) is { } assessed ? Core.Reports.MostSimilarGroupPositions.Of(assessed, small) : null;

    /// <param name="history">Earlier periods the caller will compute from the same data (the report's charts): the repeat
    /// victims share is worked out for each period asked.</param>
    /// <returns>The table, the data it was computed from and the area found (both null when refused).</returns>
    private async Task<(PerformanceOutcome Outcome, PerformanceData? Data, Area? Area)> ComputeWithDataAsync(string areaQuery, PeriodComparison periods, IReadOnlyList<PeriodComparison> history,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(areaQuery)) return (PerformanceOutcome.Refused(AnswerKind.BadRequest, "Give an area: an ONS code such as E07000109 or a name such as Gravesham."), null, null);
        var match = await finder.FindAsync(areaQuery, null, cancellationToken).ConfigureAwait(false);
        if (match.Area is not { } area) return (PerformanceOutcome.Refused(AnswerKind.NotFound, match.Problem ?? $"No area is called '{areaQuery}'."), null, null);
        if (area.Level is AreaLevel.Ward or AreaLevel.Lsoa)
        {
            // Returned figures are shown to every role as they are: only for areas whose counts are published.
            return (PerformanceOutcome.Refused(AnswerKind.BadRequest, $"{area.Name} is a {(area.Level == AreaLevel.Ward ? "ward" : "small area")}: the performance table is for districts, partnerships and force areas."), null, null);
        }
        var (outcome, data) = await ComputeForAsync(area, Notes(match), periods, history, cancellationToken).ConfigureAwait(false);
        return (outcome, data, area);
    }

    private async Task<(PerformanceOutcome Outcome, PerformanceData? Data)> ComputeForAsync(Area area, List<string> notes, PeriodComparison periods, IReadOnlyList<PeriodComparison> history,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<Area> parts = area.Level == AreaLevel.CommunitySafetyPartnership ? await DistrictsAsync(area, cancellationToken).ConfigureAwait(false) : [];
        var performanceArea = Of(area, parts);
        List<string> codes = [area.Code, .. parts.Select(p => p.Code), .. configuration.ReturnAreas.Select(a => a.Code)];
        var (values, data) = await ReadAsync(codes, Measures, cancellationToken).ConfigureAwait(false);
        var districts = parts.Count > 0 ? parts : area.Level == AreaLevel.District ? [area] : [];
        var (generated, _) = await CountedMeasures.AddAsync(database, assessment, data, performanceArea, districts.Select(d => d.Code).ToList(), Measures, [periods, .. history], notes,
            cancellationToken).ConfigureAwait(false);
        var result = PerformanceDemonstration.Mark(PerformanceEngine.Compute(new PerformanceRequest(performanceArea, periods, Measures), data), generated, values);
        CountedMeasures.NoteMissingBaselines(result, notes);
        return (new PerformanceOutcome(AnswerKind.Answered, null, result, values, notes), data);
    }

    /// <summary>
    /// What partners returned for a Strategic Assessment of the area (<see cref="PartnerDataSection"/>): the rows are the
    /// districts of its partnership, the partnership, the force area and the wider areas returns name (data/config/return-areas.csv);
    /// the domestic abuse measures are computed by the engine for each over the assessment's period and baseline, a share of
    /// a few victims withheld when the report is public. Null for a ward or LSOA (partners return for districts and wider).
    /// </summary>
    /// <remarks>One read of the returns and population of every row, and the incidents counted once, for the districts of
    /// the partnership (or the district asked, when it is in none): a district's row and the partnership's read the same
    /// figures, and the force area has no counted figures (they are counted for districts and partnerships only).</remarks>
    public async Task<PartnerFigures?> ForAssessmentAsync(Area area, PeriodComparison periods, Core.Reports.Classification classification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(classification);
        if (area.Level is AreaLevel.Ward or AreaLevel.Lsoa) return null;
        var lineage = await AreaDirectory.LineageAsync(database, area.Code, cancellationToken).ConfigureAwait(false);
        var partnership = area.Level == AreaLevel.CommunitySafetyPartnership ? area : lineage.FirstOrDefault(a => a.Level == AreaLevel.CommunitySafetyPartnership);
        IReadOnlyList<Area> parts = partnership is null ? [] : await DistrictsAsync(partnership, cancellationToken).ConfigureAwait(false);
        var rows = parts.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        if (partnership is not null) rows.Add(partnership);
        if (!rows.Any(a => a.Code == area.Code)) rows.Add(area);
        rows.AddRange(lineage.Where(a => a.Level == AreaLevel.ForceArea && rows.All(r => r.Code != a.Code)));
        List<(string Code, string Label)> labels = [.. rows.Select(a => (a.Code, a.Name))];
        labels.AddRange(configuration.ReturnAreas.Where(r => labels.All(l => l.Code != r.Code)).Select(r => (r.Code, r.Aliases.FirstOrDefault() ?? r.Name)));
        var measures = Measures.Where(PartnerDataSection.IsDomesticAbuse).ToList();
        var (values, data) = await ReadAsync(labels.Select(l => l.Code).ToList(), measures, cancellationToken).ConfigureAwait(false);
        if (measures.Count == 0) return new PartnerFigures(values, labels, [], []);
        var districts = partnership is not null ? parts : area.Level == AreaLevel.District ? [area] : [];
        IReadOnlyList<string> generated = [], caveats = [];
        if (districts.Count > 0)
        {
            (generated, caveats) = await CountedMeasures.AddAsync(database, assessment, data, Of(partnership ?? area, parts), districts.Select(d => d.Code).ToList(), measures,
                [periods], [], cancellationToken).ConfigureAwait(false);
        }
        var computed = rows.Select(row =>
        {
            var performanceArea = row == partnership ? Of(row, parts) : Of(row, []);
            // Only a district's and a partnership's rows are counted (a force area's are not), so only theirs are labelled GENERATED.
            var counted = row.Level is AreaLevel.District or AreaLevel.CommunitySafetyPartnership ? generated : [];
            return PerformanceDemonstration.Mark(PerformanceEngine.Compute(new PerformanceRequest(performanceArea, periods, measures), data), counted, values);
        }).ToList();
        // The table shows the districts' rows beside the partnership's: its counts are withheld where they would give away a
        // small difference from theirs added up (PartnershipDifference), for a public report.
        var districtResults = computed.Where(r => parts.Any(p => p.Code == r.Area.Code)).ToList();
        var results = computed.Select(result => result.Area.Parts.Count > 0
            ? PartnershipDifference.Apply(ShareSuppression.Apply(result, classification), districtResults, classification)
            : ShareSuppression.Apply(result, classification)).ToList();
        // Only what qualifies the figures: demonstration incidents, a look-back cut short.
        return new PartnerFigures(values, labels, results, caveats);
    }

    /// <summary>The districts of a partnership, in the database's order by name.</summary>
    private async Task<IReadOnlyList<Area>> DistrictsAsync(Area partnership, CancellationToken cancellationToken) =>
        (await AreaDirectory.ChildrenAsync(database, partnership.Code, cancellationToken).ConfigureAwait(false)).Where(a => a.Level == AreaLevel.District).ToList();

    private static PerformanceArea Of(Area area, IReadOnlyList<Area> parts) => new(area.Code, area.Name, parts.Select(p => new PerformanceArea(p.Code, p.Name)).ToList());

    /// <summary>The returned figures of the areas, and the performance data made of them with the residents the rate measures need.</summary>
    private async Task<(IReadOnlyList<ReturnValue> Values, PerformanceData Data)> ReadAsync(IReadOnlyList<string> codes, IReadOnlyList<Measure> measures, CancellationToken cancellationToken)
    {
        var values = await PerformanceStore.ReturnsAsync(database, codes, cancellationToken).ConfigureAwait(false);
        var data = new PerformanceData().AddReturns(values);
        await AddPopulationAsync(data, codes, measures, cancellationToken).ConfigureAwait(false);
        return (values, data);
    }

    /// <summary>What the table does not cover yet, said wherever it shows.</summary>
    private List<string> Notes(AreaMatch match)
    {
        var notes = new List<string>();
        if (configuration.Issues.Count > 0) notes.Add($"The measures configuration has {PerformanceText.Count(configuration.Issues.Count, "line", "lines")} that could not be used: {configuration.Issues[0]}");
        if (match.Ambiguity is { } ambiguity) notes.Add(ambiguity);
        return notes;
    }

    /// <summary>Residents by the age bands the rate measures need, from the latest ONS single-year-of-age estimates held for each area.</summary>
    private async Task AddPopulationAsync(PerformanceData data, IReadOnlyList<string> codes, IReadOnlyList<Measure> measures, CancellationToken cancellationToken)
    {
        var bands = measures.Where(m => m.Unit == MeasureUnit.RatePer1000).Select(m => m.RateAgeBand ?? AgeBand.AllAges).Distinct().ToList();
        if (bands.Count == 0) return;
        // Plain SQL (not EF): the table started cold builds no EF model.
        var rows = await PerformanceStore.PopulationAsync(database, codes, cancellationToken).ConfigureAwait(false);
        foreach (var byArea in rows.GroupBy(r => r.AreaCode))
        {
            var year = byArea.Max(r => r.Year);
            var latest = byArea.Where(r => r.Year == year).GroupBy(r => r.AgeBand).Select(g => g.First()).ToList();
            foreach (var band in bands)
            {
                if (band.Persons(latest) is { } persons) data.AddPopulation(byArea.Key, band, persons);
            }
        }
    }

    /// <summary>The partnerships and districts holding returns (and the partnerships of such districts), for a page to offer.</summary>
    public Task<IReadOnlyList<(string Code, string Name)>> AreasAsync(CancellationToken cancellationToken) => PerformanceStore.AreasWithReturnsAsync(database, cancellationToken);

    /// <summary>
    /// The quarter a page opens on: the last that has ended by the latest day any return covers (2025-Q2 for figures to 30
    /// June 2025), or the last quarter ended by today when nothing is held.
    /// </summary>
    public async Task<string> DefaultQuarterAsync(CancellationToken cancellationToken)
    {
        var last = await PerformanceStore.LastDayAsync(database, cancellationToken).ConfigureAwait(false) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // The quarter holding the day after: a day that ends a quarter gives that quarter, any other the one before.
        var next = last.AddDays(1);
        var quarter = (next.Month - 1) / 3;
        var year = next.Year;
        if (quarter == 0)
        {
            quarter = 4;
            year--;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}");
    }

    /// <summary>The quarterly performance report, rendered: the table per priority, the charts, the youth justice table.</summary>
    /// <param name="classification">Public (Part 1: what is published and what every role downloads; a share of a few people
    /// withheld) or restricted (Part 2, every figure: for partners who may see small numbers, never published).</param>
    public async Task<ReportOutcome> ReportAsync(string areaQuery, PeriodComparison periods, ReportFormat format, Core.Reports.Classification classification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var warming = renderers.WarmUpAsync(format, cancellationToken);
        var length = periods.Period.MonthCount;
        var earlierPeriods = new List<PeriodComparison>();
        for (var k = ChartPeriods - 1; k >= 1; k--)
        {
            earlierPeriods.Add(new PeriodComparison(periods.Period.Shift(-k * length), periods.Baseline.Shift(-k * length), periods.Kind));
        }
        var (outcome, data, area) = await ComputeWithDataAsync(areaQuery, periods, earlierPeriods, cancellationToken).ConfigureAwait(false);
        if (outcome.Result is not { } result || data is null || area is null)
        {
            return new ReportOutcome(null, outcome.Kind, "The report cannot be made", outcome.Problem, [], [], [], null, null);
        }
        // A public (Part 1) report: a share of a few victims is withheld, in its table and its chart. A restricted (Part 2) one shows every figure.
        IReadOnlyList<string> notes;
        (result, notes) = Shown(result, Districts(result, data), outcome.Notes, classification);
        var history = earlierPeriods.Select(earlier =>
        {
            var computed = PerformanceEngine.Compute(new PerformanceRequest(result.Area, earlier, result.Measures), data);
            return PartnershipDifference.Apply(ShareSuppression.Apply(computed, classification), Districts(computed, data), classification);
        }).ToList();
        history.Add(result);
        var youthAreas = result.Area.Parts.Count > 0 ? result.Area.Parts.Select(p => (p.Code, p.Name)).ToList() : [(result.Area.Code, result.Area.Name)];
        youthAreas.AddRange(configuration.ReturnAreas.Select(a => (a.Code, a.Aliases.FirstOrDefault() ?? a.Name)));
        var youth = result.Measures.Any(m => m.Name.Equals(YouthMeasure, StringComparison.OrdinalIgnoreCase)) ? YouthMeasure : null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var comparators = await PositionsAsync(area, periods, new Core.Reports.SmallNumbers(classification), cancellationToken).ConfigureAwait(false);
        var document = PerformanceReport.Build(result, history, outcome.Values, youth, youthAreas, today, notes, comparators, classification);
        // A public report: the same last check as every other (a partner's note or a measure's definition holding a postcode stops it).
        if (classification.IsPublic && Core.Reports.PublicOutput.Problems(document) is { Count: > 0 } problems)
        {
            return new ReportOutcome(null, AnswerKind.NoData, "The report cannot be made", "This public (Part 1) report would publish what it may not: " + string.Join(" ", problems), [], [], [], null, null);
        }
        await warming.ConfigureAwait(false);
        var renderer = renderers.For(format);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var name = FileName(result.Area.Name, periods.Period.ToString()) + (classification.IsPublic ? "" : "-part-2-restricted") + renderer.Extension;
        var file = new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label,
            document.Sections.Count, document.Tables().Count(), document.Figures().Count());
        return new ReportOutcome(file, AnswerKind.Answered, null, null, [], [], [], null, null);
    }

    /// <summary>
    /// The area assessed as <c>csp assess</c> assesses it (the same snapshot, configuration and ranking), for its report
    /// period against the period of the same length just before it: its Most Similar Group position and the movement
    /// since the last period. Months the police.uk data does not hold are left out (partial), and the report says so.
    /// Null when the area has no comparator group or no police.uk data. Read per area (the command line), only the area's
    /// part of the data is read, which gives the figures all of it gives (<see cref="Assessments.SnapshotAsync(Area, CancellationToken, bool)"/>).
    /// </summary>
    public async Task<Core.Assessment.AssessmentResult?> MostSimilarGroupAsync(Area area, PeriodComparison periods, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (assessment.GroupOf(area.Code) is null) return null;
        var snapshot = await assessments.SnapshotAsync(area, cancellationToken).ConfigureAwait(false);
        if (snapshot.Areas.Find(area.Code) is not { } held) return null;
        var lastPeriod = PeriodComparison.Explicit(periods.Period, periods.Period.Shift(-periods.Period.MonthCount));
        var outcome = snapshot.Assess(held, lastPeriod, assessment, populationYear: null, partial: true);
        return outcome.Result is { MostSimilarGroup: not null } result ? result : null;
    }

    /// <summary>"performance-dartford-and-gravesham-2025-04-2025-06".</summary>
    public static string FileName(string area, string period)
    {
        var slug = new StringBuilder();
        foreach (var c in $"performance {area} {period.Replace("..", " ", StringComparison.Ordinal)}".ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
