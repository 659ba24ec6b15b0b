namespace Csp.Workbench.Audit;

/// <summary>One line of the audit log as the audit page shows it.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string? UserName, string Action, string? Target, string? Detail, string? Address);
