using System.Collections.Concurrent;
using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Consultation;
using Csp.Storage;
using Csp.Storage.Consultation;

namespace Csp.Workbench.Consultation;

/// <summary>
/// Community concern for the assessment's priority scoring (issue 18): when a survey of the area, or of an area it lies
/// in (a district's CSP), has a concern mapping and responses, the share of respondents rating each candidate priority's
/// issue High (or choosing it first) replaces the hand-entered value (<see cref="CommunityConcern.Apply"/>); the latest
/// such survey (by closing date) is used. Tabulated once per survey version and kept.
/// </summary>
public sealed class SurveyConcern(CspDatabase database)
{
    /// <summary>How long an area's answer is reused before the database is asked again: a new response reaches the priorities within this.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, AreaConcern> _computed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long CheckedAt, AreaConcern? Concern)> _recent = new(StringComparer.Ordinal);

    /// <remarks>
    /// Asked on every assessment (each API call and dashboard view): the answer for an area is reused for
    /// <see cref="Freshness"/>, so a busy web app asks the database about surveys once a second per area, not once a request.
    /// </remarks>
    public Task<AreaConcern?> ForAreaAsync(Area area, AreaModel areas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(areas);
        return ForAreaAsync(area, areas.Find, cancellationToken);
    }

    /// <param name="find">The areas by code: the area's parents (a district's CSP) and the survey's area, for its name.</param>
    public async Task<AreaConcern?> ForAreaAsync(Area area, Func<string, Area?> find, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(find);
        var now = Environment.TickCount64;
        if (_recent.TryGetValue(area.Code, out var recent) && now - recent.CheckedAt < (long)Freshness.TotalMilliseconds) return recent.Concern;
        var concern = await ReadAsync(area, find, cancellationToken).ConfigureAwait(false);
        if (_recent.Count > 1024) _recent.Clear();
        _recent[area.Code] = (now, concern);
        return concern;
    }

    private async Task<AreaConcern?> ReadAsync(Area area, Func<string, Area?> find, CancellationToken cancellationToken)
    {
        var codes = new List<string>();
        for (var a = area; a is not null && codes.Count < 10; a = a.ParentCode is null ? null : find(a.ParentCode)) codes.Add(a.Code);
        var candidates = await SurveyConcernSource.CandidatesAsync(database, codes, cancellationToken).ConfigureAwait(false);
        var chosen = candidates.Where(c => c.Responses > 0).OrderByDescending(c => c.ClosesOn).ThenBy(c => codes.IndexOf(c.AreaCode)).FirstOrDefault();
        if (chosen is null) return null;
        var version = string.Create(CultureInfo.InvariantCulture, $"{chosen.SurveyKey}:{chosen.DefinitionSha256[..12]}:{chosen.Responses}:{chosen.LastResponseId}:{chosen.Mappings}");
        if (_computed.TryGetValue(version, out var known)) return known;

        var row = await SurveyConcernSource.ReadAsync(database, chosen.Id, cancellationToken).ConfigureAwait(false);
        var survey = Surveys.DefinitionOf(row.Definition, row.SurveyKey);
        var answers = row.Answers.GroupBy(a => a.ResponseId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<AnswerKey, string>)g.ToDictionary(
            a => new AnswerKey(a.QuestionKey, a.Part.Length == 0 ? null : a.Part), a => a.Value));
        var responses = row.Responses.Select(r => new SurveyResponse(r.ResponseKey, answers.TryGetValue(r.ResponseId, out var given) ? given : new Dictionary<AnswerKey, string>())).ToList();
        var results = SurveyTabulator.Tabulate(ResponseMatrix.Build(survey, responses));
        var scores = CommunityConcern.FromSurvey(results, row.ConcernQuestion, new ConcernMapping(row.Mapping.ToList()));
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var areaName = find(row.AreaCode)?.Name ?? row.AreaCode;
        var question = survey.Question(row.ConcernQuestion)!;
        var note = string.Create(culture,
            $"Community concern from the public consultation '{row.Title}' ({row.SurveyKey}, {areaName}, {survey.Opens:d MMMM yyyy} to {survey.Closes:d MMMM yyyy}, {responses.Count:N0} responses" +
            $"{(row.Demo ? "; the bundled sample, whose responses are reconstructed from seed 001's published counts, not real" : "")}): " +
            $"5 x the share of respondents to '{question.Text}' who {scores.FirstOrDefault()?.Measure ?? "rated it High"}, for {scores.Count} categories " +
            $"({string.Join("; ", scores.Select(s => $"{s.Category} {s.Score:0.00}"))}); it replaces any value entered for them in priority-judgements.csv.");
        var concern = new AreaConcern(row.SurveyKey, row.Title, row.AreaCode, responses.Count, scores, note, version);
        if (_computed.Count > 64) _computed.Clear();
        _computed[version] = concern;
        return concern;
    }
}
