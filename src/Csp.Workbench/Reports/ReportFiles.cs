using System.Globalization;
using System.Text;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Diagnostics;
using Csp.Workbench.Assessment;
using Csp.Workbench.Hosting;

namespace Csp.Workbench.Reports;

/// <summary>
/// The report use case both hosts call (<c>csp report</c>, <c>GET /reports/{kind}</c>): the area found, the report built
/// from the loaded assessment data and the partnership's template, checked for what a public report may not hold, and
/// rendered to bytes. The CLI writes them to a file; the web app sends them.
/// </summary>
public sealed class ReportFiles(Assessments assessments, ReportRenderers renderers, CspDatabase database, CspHomeFolder home, Consultation.SurveyConcern? surveyConcern = null,
    Performance.PerformanceTables? performance = null)
{
    public async Task<ReportOutcome> MakeAsync(ReportOrder order, CancellationToken cancellationToken)
    {
        if (!ReportRequest.Kinds.Contains(order.Kind))
        {
            return ReportOutcome.Problem(AnswerKind.NotFound, "No such report", $"There is no '{order.Kind}' report: choose {string.Join(" or ", ReportRequest.Kinds)}.");
        }
        if (!order.Readership.SeesSmallNumbers)
        {
            var allowed = order.Readership.Classification;
            if (!order.Classification.IsPublic)
            {
                return ReportOutcome.Problem(AnswerKind.Forbidden, "Restricted reports are not for your role",
                    "A Part 2 (restricted) report shows small numbers in wards; your role may download the Part 1 (public) report.");
            }
            if (order.Classification.SuppressBelow < allowed.SuppressBelow)
            {
                return ReportOutcome.Problem(AnswerKind.Forbidden, "Small numbers are not for your role",
                    $"Your role reads wards and LSOAs with counts under {allowed.SuppressBelow} withheld: the threshold may be raised, not lowered below {allowed.SuppressBelow}.");
            }
        }
        if (string.IsNullOrWhiteSpace(order.Area)) return ReportOutcome.Problem(AnswerKind.BadRequest, "Choose an area", "Give area: an ONS code such as E07000109 or a name such as Gravesham.");
        if (order.Periods is not { } periods) return ReportOutcome.Problem(AnswerKind.BadRequest, "The period is not understood", order.PeriodError ?? "Choose a period.");
        // Chromium (for PDF) starts while the data loads.
        var warming = renderers.WarmUpAsync(order.Format, cancellationToken);
        var match = await assessments.FindAreaAsync(order.Area, cancellationToken).ConfigureAwait(false);
        if (match.Area is not { } area) return ReportOutcome.Problem(AnswerKind.NotFound, "No such area", match.Problem!);
        var concernRead = surveyConcern is null ? null : assessments.ConcernBesideTheDataAsync(area, cancellationToken);
        var snapshot = await assessments.SnapshotAsync(area, cancellationToken).ConfigureAwait(false);
        StartupTrace.Mark("report: data in hand");
        // The parameters are checked as the assessment checks them, so a report and the dashboard refuse alike.
        if (AssessmentService.PopulationYearProblem(snapshot.Data, area, order.PopulationYear) is { } yearProblem)
        {
            return ReportOutcome.Problem(AnswerKind.BadRequest, "The population year is not understood", yearProblem);
        }
        if (order.Partial && Math.Max(periods.Period.MonthCount, periods.Baseline.MonthCount) > AssessmentService.MaximumMonths)
        {
            return ReportOutcome.Problem(AnswerKind.BadRequest, "The period is not understood",
                $"A period and a baseline are at most {AssessmentService.MaximumMonths} months (twenty years) each.");
        }
        var configuration = assessments.Configuration;
        // As the assessment: a survey of the area gives community concern, and the notes say which.
        var concern = surveyConcern is null ? null
            : concernRead is not null ? await concernRead.ConfigureAwait(false)
            : await surveyConcern.ForAreaAsync(area, snapshot.Data.Areas, cancellationToken).ConfigureAwait(false);
        var judgements = concern is null ? configuration.Judgements : Core.Consultation.CommunityConcern.Apply(configuration.Judgements, concern.Scores);
        var request = new ReportRequest(order.Kind, area, periods, order.Partial, order.PopulationYear, order.Classification, order.Date, order.TemplateFile);
        // The Strategic Assessment's partner data: what partners returned for the area and period, as the report is classified.
        var partners = order.Kind == AssessmentReport.Kind && performance is not null
            ? await performance.ForAssessmentAsync(area, periods, order.Classification, cancellationToken).ConfigureAwait(false) : null;
        var built = await ReportService.BuildAsync(database, snapshot.Data, configuration.Scheme, judgements, request, home.Path, cancellationToken,
            new SnapshotShapes(snapshot, database), concern?.Note, configuration.GroupOf(area.Code), partners).ConfigureAwait(false);
        if (built.Document is not { } document)
        {
            var detail = string.Join(" ", built.TemplateErrors.Select(e => e.ToString()).Prepend(built.Refusal ?? "")).Trim();
            var kind = built.MissingMonths.Count > 0 ? AnswerKind.MissingData : AnswerKind.NoData;
            return new ReportOutcome(null, kind, "The report cannot be made", detail, built.MissingMonths, built.TemplateErrors, built.TemplateWarnings, area, match.Ambiguity);
        }
        StartupTrace.Mark("report: document built");
        await warming.ConfigureAwait(false);
        StartupTrace.Mark("report: renderer ready");
        var renderer = renderers.For(order.Format);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        StartupTrace.Mark("report: rendered");
        var name = FileName(order.Kind, area.Name, periods.Period.ToString(), !document.Classification.IsPublic) + renderer.Extension;
        var file = new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label,
            document.Sections.Count, document.Tables().Count(), document.Figures().Count());
        return new ReportOutcome(file, AnswerKind.Answered, null, null, built.MissingMonths, [], built.TemplateWarnings, area, match.Ambiguity);
    }

    /// <summary>"strategic-assessment-gravesham-2025-01-2025-09.pdf": readable, and safe in any file system.</summary>
    public static string FileName(string kind, string area, string period, bool restricted)
    {
        var words = $"{(kind == CommitteeReport.Kind ? "committee-report" : "strategic-assessment")} {area} {period.Replace("..", " ", StringComparison.Ordinal)}{(restricted ? " restricted" : "")}";
        var slug = new StringBuilder();
        foreach (var c in words.ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
