using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Imports;
using Csp.Core.Offences;
using Csp.Core.Partnerships;
using Csp.Core.Priorities;
using Csp.Core.Reports;
using Csp.Storage.Areas;
using Csp.Reporting.GeoJson;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;
using Csp.Core.Periods;
using Csp.Storage;

namespace Csp.Workbench.Reports;

/// <summary>
/// The report use case both hosts call: assess the area, the areas it is ranked among, the districts beside it and the
/// areas inside it (for the map), read the partnership's template, build the report, and check that a public one holds
/// nothing that may not be published. Rendering to a format is the caller's next step (<see cref="ReportRenderers"/>).
/// </summary>
public static class ReportService
{
    /// <param name="Document">The report, or null when it cannot be built (see <paramref name="Refusal"/>).</param>
    /// <param name="MissingMonths">Months the comparison needs that the data lacks (a refusal unless partial was asked for).</param>
    /// <param name="TemplateIssues">Errors in the template (the report is refused) and warnings about it.</param>
    public sealed record Outcome(ReportDocument? Document, string? Refusal, IReadOnlyList<MissingMonth> MissingMonths, IReadOnlyList<ImportIssue> TemplateErrors, IReadOnlyList<ImportIssue> TemplateWarnings);

    /// <summary>The default template of a report kind: data/config/report-templates/KIND.md under the product's home.</summary>
    public static string DefaultTemplate(string home, string kind) => Path.Combine(home, "data", "config", "report-templates", kind + ".md");

    /// <param name="partners">What partners returned for the area and period (<see cref="Performance.PerformanceTables.ForAssessmentAsync"/>):
    /// the Strategic Assessment's partner data section; null leaves it out.</param>
    /// <param name="shapes">Where the map's outlines come from: a host that keeps them (the web app) passes its cache; null reads
    /// them from the database (the ward shapes are computed, a few hundred milliseconds).</param>
    public static async Task<Outcome> BuildAsync(CspDatabase database, AssessmentData data, OffenceScheme scheme, PriorityJudgements judgements, ReportRequest request,
        string home, CancellationToken cancellationToken, IAreaShapes? shapes = null, string? note = null, Core.Comparators.MostSimilarGroup? group = null,
        Core.Performance.PartnerFigures? partners = null)
    {
        shapes ??= new DatabaseShapes(database);
        if (!ReportRequest.Kinds.Contains(request.Kind))
        {
            return new Outcome(null, $"There is no '{request.Kind}' report: choose {string.Join(" or ", ReportRequest.Kinds)}.", [], [], []);
        }
        var templateFile = request.TemplateFile ?? DefaultTemplate(home, request.Kind);
        var errors = new List<ImportIssue>();
        var warnings = new List<ImportIssue>();
        var template = ReportTemplate.Empty;
        if (File.Exists(templateFile))
        {
            var sections = request.Kind == CommitteeReport.Kind ? CommitteeReport.TemplateSections : AssessmentReport.TemplateSections;
            template = ReportTemplate.Parse(await File.ReadAllTextAsync(templateFile, cancellationToken).ConfigureAwait(false), templateFile, sections, errors, warnings);
        }
        else if (request.TemplateFile is not null)
        {
            errors.Add(new ImportIssue(templateFile, 0, null, "The template file does not exist."));
        }
        if (errors.Count > 0) return new Outcome(null, $"The report template has {errors.Count} error(s).", [], errors, warnings);

        var area = request.Area;
        var cache = new Dictionary<string, long[][]>(StringComparer.Ordinal);
        var main = AssessmentService.Assess(data, area, request.Periods, scheme, judgements, request.PopulationYear, request.Partial, cache, group);
        if (main.Result is null) return new Outcome(null, main.Refusal, main.MissingMonths, [], warnings);
        // A note of the caller's (where the community concern in the priorities came from) joins the notes on method.
        var a = note is null ? main.Result : main.Result with { Notes = [.. main.Result.Notes, note] };

        // Every sibling is assessed on the same months, so a sibling can only lack what the area lacks: partial is allowed
        // for them, and the area's own refusal above already stopped a comparison the user did not allow.
        AssessmentResult? Assess(Area other) =>
            other.Code == area.Code ? a : AssessmentService.Assess(data, other, request.Periods, scheme, judgements, request.PopulationYear, partial: true, cache).Result;

        var siblings = data.Areas.Siblings(area, request.Periods.Period).Where(s => data.Areas.UnitsOf(s.Code).Count > 0).Select(Assess).OfType<AssessmentResult>()
            .OrderBy(s => s.Area.Name, StringComparer.Ordinal).ToList();
        var neighbours = Neighbours(data.Areas, area).Select(Assess).OfType<AssessmentResult>().ToList();

        var outlines = await shapes.ChildrenAsync(area, cancellationToken).ConfigureAwait(false);
        var mapAreas = outlines.Select(o => new MappedArea(o, data.Areas.Find(o.Code) is { } child && data.Areas.UnitsOf(child.Code).Count > 0 ? Assess(child) : null)).ToList();
        var outline = await shapes.OfAsync(area, cancellationToken).ConfigureAwait(false);

        var forces = data.ForcesServing(area);
        var coverage = forces.Select(f => new ForceCoverage(f, data.MonthsByForce[f].Order().Select(m => m.ToString()).ToList())).ToList();

        var settings = AssessmentService.LoadPartnership(Path.Combine(home, "data", "config", "partnership.csv"), warnings);
        var inputs = new ReportInputs(a, siblings, neighbours, mapAreas, outline, Partnership(data.Areas, area), coverage, template, request.Classification, request.Date)
        {
            Council = Council(data.Areas, area, settings),
            Decision = await Strategy.PriorityDecisions.ForReportAsync(database, area.Code, request.Periods.Period.ToString(), cancellationToken).ConfigureAwait(false),
            Partners = request.Kind == AssessmentReport.Kind ? partners : null,
        };
        var document = request.Kind == CommitteeReport.Kind ? CommitteeReport.Build(inputs) : AssessmentReport.Build(inputs);

        var problems = PublicOutput.Problems(document);
        if (problems.Count > 0)
        {
            return new Outcome(null, "This public (Part 1) report would publish what it may not: " + string.Join(" ", problems) +
                " Remove it from the template, or make the report restricted.", [], [], warnings);
        }
        return new Outcome(document, null, main.MissingMonths, [], warnings);
    }

    /// <summary>
    /// The areas the seeds' tables put beside the area: a district's CSP's districts (Dartford and Gravesham), a CSP's
    /// districts and the CSP; any other area alone.
    /// </summary>
    private static IReadOnlyList<Area> Neighbours(AreaModel areas, Area area)
    {
        var districts = area.Level switch
        {
            AreaLevel.District when area.ParentCode is { } csp && areas.Find(csp) is { Level: AreaLevel.CommunitySafetyPartnership } p => DistrictsOf(areas, p),
            AreaLevel.CommunitySafetyPartnership => DistrictsOf(areas, area),
            _ => [],
        };
        var list = districts.Where(d => areas.UnitsOf(d.Code).Count > 0).ToList();
        if (!list.Any(d => d.Code == area.Code)) list.Add(area);
        return list;
    }

    private static List<Area> DistrictsOf(AreaModel areas, Area csp) =>
        areas.Within(csp, AreaLevel.District).Where(d => d.ParentCode == csp.Code).ToList();

    /// <summary>
    /// The council a report on the area goes to, from the partnership's settings: a district's own (a ward's or LSOA's
    /// district's), or for a CSP its districts' councils together ("Dartford Borough Council and Gravesham Borough Council").
    /// </summary>
    private static string? Council(AreaModel areas, Area area, PartnershipSettings settings)
    {
        if (area.Level == AreaLevel.CommunitySafetyPartnership)
        {
            var councils = DistrictsOf(areas, area).Select(d => settings.CouncilFor(d.Code, d.Name)).OfType<string>().Distinct().ToList();
            return settings.CouncilFor(area.Code, area.Name) ?? (councils.Count == 0 ? null : string.Join(" and ", councils));
        }
        for (Area? a = area; a is not null; a = a.ParentCode is null ? null : areas.Find(a.ParentCode))
        {
            if (settings.CouncilFor(a.Code, a.Name) is { } council) return council;
            if (a.Level == AreaLevel.District) break;
        }
        return null;
    }

    private static string? Partnership(AreaModel areas, Area area)
    {
        for (Area? a = area; a is not null; a = a.ParentCode is null ? null : areas.Find(a.ParentCode))
        {
            if (a.Level == AreaLevel.CommunitySafetyPartnership) return a.Name;
        }
        return null;
    }

    private sealed class DatabaseShapes(CspDatabase database) : IAreaShapes
    {
        public Task<IReadOnlyList<AreaOutline>> ChildrenAsync(Area area, CancellationToken cancellationToken) => AreaOutlines.ChildrenAsync(database, area, cancellationToken);

        public Task<AreaOutline?> OfAsync(Area area, CancellationToken cancellationToken) => AreaOutlines.OfAsync(database, area, cancellationToken);
    }
}
