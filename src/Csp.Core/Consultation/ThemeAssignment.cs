namespace Csp.Core.Consultation;

/// <summary>The themes of one comment: by the keyword rules, or as the analyst reassigned it (<see cref="Reassigned"/>).</summary>
public sealed record ThemeAssignment(string ResponseId, string Text, IReadOnlyList<string> Themes, bool Reassigned);
