using System.Globalization;
using System.Text;
using Csp.Core.Consultation;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Workbench.Reports;

namespace Csp.Workbench.Consultation;

public sealed partial class Surveys
{
    /// <summary>
    /// A survey's results as a report (<c>csp report survey</c>, the results page's download): the same results as
    /// <see cref="ResultsAsync"/> (themes after the analyst's reassignments), built by <see cref="SurveyResultsReport"/> and
    /// rendered to <paramref name="format"/>. A public report is checked for postcodes (<see cref="PublicOutput"/>) before it
    /// is rendered. Null when there is no such survey; a refusal names what may not be published.
    /// </summary>
    public async Task<(ReportFile? File, string? Refusal)> ReportAsync(string surveyId, ReportFormat format, Classification classification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var warming = renderers.WarmUpAsync(format, cancellationToken);
        var report = await ResultsAsync(surveyId, null, cancellationToken).ConfigureAwait(false);
        await warming.ConfigureAwait(false);
        if (report is null) return (null, null);
        var document = SurveyResultsReport.Build(report.Definition, report.Results, report.Themes.Select(t => (t.Question, t.Themes)).ToList(), report.Representativeness,
            report.Weights, report.PopulationIssues.Select(i => i.Message).ToList(), report.Concern, report.Survey.Demo, classification, Today);
        if (PublicOutput.Problems(document) is { Count: > 0 } problems) return (null, string.Join(" ", problems));
        var renderer = renderers.For(format);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var name = FileName(report.Survey.Id, !classification.IsPublic) + renderer.Extension;
        return (new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label, document.Sections.Count,
            document.Tables().Count(), document.Figures().Count()), null);
    }

    /// <summary>"consultation-results-dg-csp-2013": readable, and safe in any file system.</summary>
    private static string FileName(string surveyId, bool restricted)
    {
        var slug = new StringBuilder("consultation-results-");
        foreach (var c in (surveyId + (restricted ? " restricted" : "")).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
