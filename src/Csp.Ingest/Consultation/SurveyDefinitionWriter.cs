using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Csp.Core.Consultation;

namespace Csp.Ingest.Consultation;

/// <summary>
/// Writes a survey as the definition JSON <see cref="SurveyDefinitionReader"/> reads (what the survey builder stores, so a
/// survey built in the web app reads back as one imported from a file). Default options and the kinds' default ranks and
/// lengths are left out, as a person would write the file.
/// </summary>
public static class SurveyDefinitionWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var questions = new JsonArray();
        foreach (var q in survey.Questions)
        {
            var node = new JsonObject { ["id"] = q.Id, ["kind"] = Kind(q.Kind), ["text"] = q.Text };
            if (q.Required) node["required"] = true;
            if (q.Hint is { Length: > 0 } hint) node["hint"] = hint;
            if (q.Items.Count > 0) node["items"] = new JsonArray([.. q.Items.Select(i => (JsonNode?)JsonValue.Create(i))]);
            if (q.Options.Count > 0) node["options"] = new JsonArray([.. q.Options.Select(o => (JsonNode?)JsonValue.Create(o))]);
            if (q.AllowOther) node["other"] = true;
            if (q.Kind == QuestionKind.RankedChoice) node["ranks"] = q.Ranks;
            if (q.Kind == QuestionKind.FreeText || q.AllowOther) node["maxLength"] = q.MaxLength;
            questions.Add(node);
        }
        var root = new JsonObject
        {
            ["id"] = survey.Id,
            ["title"] = survey.Title,
            ["opens"] = survey.Opens.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["closes"] = survey.Closes.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (survey.Introduction is { Length: > 0 } introduction) root["introduction"] = introduction;
        root["questions"] = questions;
        return root.ToJsonString(Indented);
    }

    /// <summary>"priority-grid", "yes-no-dont-know": the names the reader takes.</summary>
    public static string Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.YesNoDontKnow => "yes-no-dont-know",
        _ => string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };
}
