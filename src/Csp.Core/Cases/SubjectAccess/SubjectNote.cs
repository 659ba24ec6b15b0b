namespace Csp.Core.Cases.SubjectAccess;

/// <summary>A case note: when, which officer (user name, acting in their official capacity), the text with third-party details withheld.</summary>
public sealed record SubjectNote(DateTimeOffset At, string? By, string Text);
