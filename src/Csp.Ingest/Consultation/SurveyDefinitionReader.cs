using System.Globalization;
using System.Text.Json;
using Csp.Core.Consultation;
using Csp.Core.Imports;

namespace Csp.Ingest.Consultation;

/// <summary>
/// Reads a survey definition (JSON, UTF-8):
/// <code>
/// { "id": "dg-2013", "title": "...", "opens": "2012-12-03", "closes": "2013-01-25", "introduction": "...",
///   "questions": [ { "id": "priority", "kind": "priority-grid", "text": "...", "required": true,
///                    "items": ["Reducing burglary", ...], "options": ["High", "Medium", "Low"] }, ... ] }
/// </code>
/// Kinds: priority-grid, problem-scale, single-choice (with "other": true for "Other, please say"), ranked-choice
/// ("ranks": 2), yes-no-dont-know, free-text ("maxLength"), age-band, sex, ethnicity, postcode. "options" may be left
/// out where the kind has defaults (the seeds' scales, the ONS 2021 ethnic groups). Dates are ISO (yyyy-MM-dd), both
/// inclusive. Problems are reported with the JSON path (and the line, for a syntax error).
/// </summary>
internal static class SurveyDefinitionReader
{
    public static SurveyDefinitionRead Read(Stream stream, string fileName)
    {
        var issues = new List<ImportIssue>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            issues.Add(new ImportIssue(fileName, (e.LineNumber ?? -1) + 1, null, $"this is not a survey definition: the JSON is malformed ({e.Message.Split('.')[0]})."));
            return new SurveyDefinitionRead(null, issues);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                issues.Add(new ImportIssue(fileName, 0, "$", "a survey definition is a JSON object with id, title, opens, closes and questions."));
                return new SurveyDefinitionRead(null, issues);
            }
            var id = Text(root, "id", "$", fileName, issues, required: true);
            var title = Text(root, "title", "$", fileName, issues, required: true);
            var opens = Date(root, "opens", fileName, issues);
            var closes = Date(root, "closes", fileName, issues);
            var questions = new List<SurveyQuestion>();
            if (!root.TryGetProperty("questions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                issues.Add(new ImportIssue(fileName, 0, "$.questions", "the survey has no 'questions' list."));
            }
            else
            {
                var index = 0;
                foreach (var element in list.EnumerateArray())
                {
                    var path = $"$.questions[{index++}]";
                    if (Question(element, path, fileName, issues) is { } question) questions.Add(question);
                }
            }
            if (issues.Count > 0 || id is null || title is null || opens is null || closes is null) return new SurveyDefinitionRead(null, issues);
            var survey = new Survey(id, title, opens.Value, closes.Value, questions) { Introduction = Text(root, "introduction", "$", fileName, issues, required: false) };
            foreach (var problem in survey.Problems()) issues.Add(new ImportIssue(fileName, 0, null, problem));
            return new SurveyDefinitionRead(issues.Count == 0 ? survey : null, issues);
        }
    }

    private static SurveyQuestion? Question(JsonElement element, string path, string fileName, List<ImportIssue> issues)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new ImportIssue(fileName, 0, path, "a question is a JSON object."));
            return null;
        }
        var id = Text(element, "id", path, fileName, issues, required: true);
        var text = Text(element, "text", path, fileName, issues, required: true);
        var kindText = Text(element, "kind", path, fileName, issues, required: true);
        if (id is null || text is null || kindText is null) return null;
        if (!Enum.TryParse<QuestionKind>(kindText.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var kind)
            || int.TryParse(kindText, CultureInfo.InvariantCulture, out _))
        {
            issues.Add(new ImportIssue(fileName, 0, $"{path}.kind", $"'{kindText}' is not a kind of question (priority-grid, problem-scale, single-choice, ranked-choice, yes-no-dont-know, free-text, age-band, sex, ethnicity, postcode)."));
            return null;
        }
        var question = new SurveyQuestion(id, text, kind)
        {
            Required = Bool(element, "required", path, fileName, issues) ?? false,
            Hint = Text(element, "hint", path, fileName, issues, required: false),
            Options = Strings(element, "options", path, fileName, issues),
            Items = Strings(element, "items", path, fileName, issues),
            AllowOther = Bool(element, "other", path, fileName, issues) ?? false,
            Ranks = Int(element, "ranks", path, fileName, issues) ?? 2,
            MaxLength = Int(element, "maxLength", path, fileName, issues) ?? 2000,
        };
        return question;
    }

    private static string? Text(JsonElement element, string name, string path, string fileName, List<ImportIssue> issues, bool required)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) issues.Add(new ImportIssue(fileName, 0, $"{path}.{name}", $"'{name}' is missing."));
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            issues.Add(new ImportIssue(fileName, 0, $"{path}.{name}", $"'{name}' must be non-empty text."));
            return null;
        }
        return value.GetString()!.Trim();
    }

    private static DateOnly? Date(JsonElement root, string name, string fileName, List<ImportIssue> issues)
    {
        var text = Text(root, name, "$", fileName, issues, required: true);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        issues.Add(new ImportIssue(fileName, 0, $"$.{name}", $"'{text}' is not a date written yyyy-MM-dd."));
        return null;
    }

    private static bool? Bool(JsonElement element, string name, string path, string fileName, List<ImportIssue> issues)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        issues.Add(new ImportIssue(fileName, 0, $"{path}.{name}", $"'{name}' must be true or false."));
        return null;
    }

    private static int? Int(JsonElement element, string name, string path, string fileName, List<ImportIssue> issues)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)) return n;
        issues.Add(new ImportIssue(fileName, 0, $"{path}.{name}", $"'{name}' must be a whole number."));
        return null;
    }

    private static IReadOnlyList<string> Strings(JsonElement element, string name, string path, string fileName, List<ImportIssue> issues)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString())))
        {
            issues.Add(new ImportIssue(fileName, 0, $"{path}.{name}", $"'{name}' must be a list of non-empty texts."));
            return [];
        }
        return value.EnumerateArray().Select(v => v.GetString()!.Trim()).ToArray();
    }
}
