using Csp.Core.Consultation;

namespace Csp.Workbench.Consultation;

/// <summary>A survey as the survey builder edits it: its id, title, dates (inclusive), introduction, area and questions.</summary>
/// <param name="Area">The area the survey is of (ONS code or name), or null: its community concern and representativeness need one.</param>
public sealed record SurveyDraft(string Id, string Title, string? Introduction, DateOnly Opens, DateOnly Closes, string? Area, IReadOnlyList<SurveyQuestion> Questions);
