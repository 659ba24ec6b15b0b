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

    /// <summary>The same questions as a demonstration survey open from the day the sample is loaded for a year, with no responses, for the public form (seed 001's survey closed in 2013).</summary>
    public const string DemoSurveyId = "dg-csp-demo";

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
        await ImportDemoAsync(surveys, sampleRoot, area, cancellationToken).ConfigureAwait(false);
        return (survey, responses);
    }

    /// <summary>
    /// The demonstration survey: seed 001's questions, open for a year from the day it is first loaded (a later load keeps
    /// its dates), titled "Demonstration", with no concern mapping (its few responses never feed priorities).
    /// </summary>
    private static async Task ImportDemoAsync(Surveys surveys, string sampleRoot, string? area, CancellationToken cancellationToken)
    {
        if ((await surveys.ListAsync(cancellationToken).ConfigureAwait(false)).Any(s => s.Id == DemoSurveyId)) return;
        var definition = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder(sampleRoot), "dg-csp-2013-survey.json"), cancellationToken).ConfigureAwait(false))!;
        var today = surveys.Today;
        definition["id"] = DemoSurveyId;
        definition["title"] = "Demonstration: " + definition["title"]!.GetValue<string>();
        definition["opens"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        definition["closes"] = today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        definition["introduction"] = "A demonstration of the public form with the questions of the partnership's 2013 consultation (seed 001). Answers given here are stored like any response, in this demonstration survey only.";
        var file = Path.Combine(Path.GetTempPath(), $"csp-demo-survey-{Guid.NewGuid():N}", "dg-csp-demo-survey.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            await File.WriteAllTextAsync(file, definition.ToJsonString(), cancellationToken).ConfigureAwait(false);
            var sample = Definition(sampleRoot, area);
            await surveys.ImportSurveyAsync(sample with { Definition = file, ConcernMapping = null }, Actor.System, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
