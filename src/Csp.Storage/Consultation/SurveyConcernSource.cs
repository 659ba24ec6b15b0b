using System.Globalization;

namespace Csp.Storage.Consultation;

/// <summary>A survey that can give an area's community concern: it has a concern question and a mapping.</summary>
public sealed record ConcernSurveyCandidate(long Id, string SurveyKey, string AreaCode, DateOnly ClosesOn, string DefinitionSha256, int Responses, int Mappings, long? LastResponseId);

/// <summary>What the concern needs of one survey: its definition, its responses' answers and its issue-to-category mapping.</summary>
public sealed record ConcernSurvey(
    long Id, string SurveyKey, string Title, string AreaCode, string Definition, string ConcernQuestion, bool Demo,
    IReadOnlyList<(long ResponseId, string ResponseKey)> Responses,
    IReadOnlyList<(long ResponseId, string QuestionKey, string Part, string Value)> Answers,
    IReadOnlyList<(string Issue, string Category)> Mapping);

/// <summary>
/// The read queries of community concern (issue 18), in plain SQL over one connection: <c>csp assess</c> and
/// <c>csp report</c> ask them on every cold start, and building EF's model for them cost a cold command more CPU than
/// the assessment itself (<c>./csp bench cold</c>).
/// </summary>
public static class SurveyConcernSource
{
    /// <summary>The surveys of any of <paramref name="areaCodes"/> with a concern question and a mapping, with their response counts.</summary>
    public static async Task<IReadOnlyList<ConcernSurveyCandidate>> CandidatesAsync(CspDatabase database, IReadOnlyList<string> areaCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(areaCodes);
        if (areaCodes.Count == 0) return [];
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var names = areaCodes.Select((_, i) => "@a" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var sql = $"""
            SELECT s.id, s.survey_key, s.area_code, s.closes_on, s.definition_sha256,
                   (SELECT count(*) FROM survey_responses r WHERE r.survey_id = s.id),
                   (SELECT count(*) FROM survey_concern_mappings m WHERE m.survey_id = s.id),
                   (SELECT max(r.id) FROM survey_responses r WHERE r.survey_id = s.id)
            FROM surveys s
            WHERE s.area_code IN ({string.Join(", ", names)}) AND s.concern_question IS NOT NULL
              AND EXISTS (SELECT 1 FROM survey_concern_mappings m WHERE m.survey_id = s.id)
            """;
        return Sql.Query(connection, null, sql,
            r => new ConcernSurveyCandidate(r.GetInt64(0), r.GetString(1), r.GetString(2), DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.GetString(4), Convert.ToInt32(r.GetValue(5), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
                r.IsDBNull(7) ? null : Convert.ToInt64(r.GetValue(7), CultureInfo.InvariantCulture)),
            areaCodes.Select((code, i) => (names[i][1..], (object?)code)).ToArray());
    }

    /// <summary>One survey's definition, responses (in the order stored), answers and concern mapping (in its order).</summary>
    public static async Task<ConcernSurvey> ReadAsync(CspDatabase database, long surveyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var survey = Sql.Query(connection, null,
            "SELECT survey_key, title, area_code, definition, concern_question, demo FROM surveys WHERE id = @id",
            r => (Key: r.GetString(0), Title: r.GetString(1), Area: r.GetString(2), Definition: r.GetString(3), Question: r.GetString(4), Demo: Convert.ToBoolean(r.GetValue(5), CultureInfo.InvariantCulture)),
            ("id", surveyId)).Single();
        var responses = Sql.Query(connection, null, "SELECT id, response_key FROM survey_responses WHERE survey_id = @id ORDER BY id",
            r => (r.GetInt64(0), r.GetString(1)), ("id", surveyId));
        var answers = Sql.Query(connection, null,
            "SELECT a.response_id, a.question_key, a.part, a.value FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id WHERE r.survey_id = @id",
            r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)), ("id", surveyId));
        var mapping = Sql.Query(connection, null, "SELECT issue, category FROM survey_concern_mappings WHERE survey_id = @id ORDER BY position",
            r => (r.GetString(0), r.GetString(1)), ("id", surveyId));
        return new ConcernSurvey(surveyId, survey.Key, survey.Title, survey.Area, survey.Definition, survey.Question, survey.Demo, responses, answers, mapping);
    }
}
