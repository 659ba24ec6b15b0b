namespace Csp.Workbench.Audit;

/// <summary>A page of the audit log, newest first; <paramref name="HasMore"/> when older entries follow.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, bool HasMore);
