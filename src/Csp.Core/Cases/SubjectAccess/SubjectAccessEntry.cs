namespace Csp.Core.Cases.SubjectAccess;

/// <summary>One read or change of the person's record from the audit log: when, who (user name and agency), what, on which case.</summary>
public sealed record SubjectAccessEntry(DateTimeOffset At, string? UserName, string? Agency, string What, string? CaseReference);
