using Csp.Core.Consultation;

namespace Csp.Workbench.Consultation;

/// <summary>A free-text question's (or "other, please say" text's) comments in the analyst's themes.</summary>
public sealed record ThemedQuestion(string QuestionId, string Question, ThemeResults Themes);
