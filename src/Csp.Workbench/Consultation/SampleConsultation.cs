using Csp.Core.Imports;
using Csp.Storage;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Consultation;

/// <summary>
/// The bundled sample consultation (data/sample/consultation, see its README): seed 001's survey with 456 reconstructed
/// responses whose tables are the seed's counts (not real responses: labelled as such wherever they show), its theme
/// lists and concern mapping, of the Dartford and Gravesham CSP. Loaded by <c>csp import sample</c> and the first run.
/// </summary>
public static class SampleConsultation
{
    public const string SurveyId = "dg-csp-2013";

    public static string Folder(string sampleRoot) => Path.Combine(sampleRoot, "consultation");

    /// <summary>The definition with its files; the area only when the geography lookups hold it (else the survey is loaded without one).</summary>
    public static SurveyDefinitionFiles Definition(string sampleRoot, string? area) => new(
        Path.Combine(Folder(sampleRoot), "dg-csp-2013-survey.json"), area,
        [("other-priorities", Path.Combine(Folder(sampleRoot), "themes-other-priorities.csv")), ("other-problems", Path.Combine(Folder(sampleRoot), "themes-other-problems.csv"))],
        Path.Combine(Folder(sampleRoot), "community-concern-mapping.csv"), Demo: true);

    /// <summary>Imports the survey and its responses (idempotent: a second run reports both unchanged).</summary>
    public static async Task<(SurveyImportOutcome Survey, FileImportReport Responses)> ImportAsync(Surveys surveys, CspDatabase database, string sampleRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(database);
        string? area;
        await using (var db = database.CreateContext())
        {
            area = await db.Areas.AsNoTracking().AnyAsync(a => a.Code == Imports.SampleData.Partnership, cancellationToken).ConfigureAwait(false) ? Imports.SampleData.Partnership : null;
        }
        var survey = await surveys.ImportSurveyAsync(Definition(sampleRoot, area), Actor.System, cancellationToken).ConfigureAwait(false);
        var responses = await surveys.ImportResponsesAsync(SurveyId, Path.Combine(Folder(sampleRoot), "dg-csp-2013-responses.csv"), null, false, Actor.System, cancellationToken).ConfigureAwait(false);
        return (survey, responses);
    }
}
