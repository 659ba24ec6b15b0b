namespace Csp.Core.Consultation;

/// <summary>
/// A candidate priority's community concern from a survey, on priority scoring's 0 to 5 scale
/// (<see cref="Priorities.PriorityJudgements"/>): 5 x the share of respondents rating the issue High (priority grid),
/// choosing it first (ranked or single choice), or calling it a very big problem or a problem (problem scale).
/// </summary>
/// <param name="SharePercent">That share, % of those who answered (0 to 100).</param>
/// <param name="Answered">The base of the share.</param>
/// <param name="Measure">What the share is, in words ("rated High", "first choice").</param>
public sealed record CommunityConcernScore(string Category, double Score, double SharePercent, double Answered, string Issue, string Measure, string QuestionId, string SurveyId, string SurveyTitle)
{
    /// <summary>For the assessment report: where the number came from.</summary>
    public string Provenance => string.Create(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), $"{Measure} by {SharePercent:0.0}% of {Answered:N0} respondents to '{SurveyTitle}' ({Issue})");
}
