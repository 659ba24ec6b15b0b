namespace Csp.Core.Consultation;

/// <summary>One respondent's free-text answer (or "other, please say" text).</summary>
public sealed record FreeTextAnswer(string ResponseId, string Text);
