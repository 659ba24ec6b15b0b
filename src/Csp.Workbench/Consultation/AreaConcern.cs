using Csp.Core.Consultation;

namespace Csp.Workbench.Consultation;

/// <summary>The community concern a survey gives an area's priority scoring, and the note that says where it came from.</summary>
/// <param name="Version">Changes when the survey's responses or mapping change (part of the assessment's cache key).</param>
public sealed record AreaConcern(string SurveyId, string SurveyTitle, string AreaCode, int Responses, IReadOnlyList<CommunityConcernScore> Scores, string Note, string Version);
