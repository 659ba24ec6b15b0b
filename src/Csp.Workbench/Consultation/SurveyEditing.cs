using Csp.Core.Consultation;

namespace Csp.Workbench.Consultation;

/// <summary>A survey as the builder shows it: the definition, whether it is still a draft, and how many responses it holds (its questions are then fixed).</summary>
public sealed record SurveyEditing(Survey Survey, bool Draft, int Responses, string? AreaCode);
