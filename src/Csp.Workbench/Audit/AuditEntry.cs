namespace Csp.Workbench.Audit;

/// <summary>One line of the audit log as the audit page shows it (with the ASB case and person it names, when it names one).</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string? UserName, string Action, string? Target, string? Detail, string? Address,
    long? CaseId = null, long? PersonId = null, string? Record = null);
