namespace Csp.Core.Cases.SubjectAccess;

/// <param name="ReportedBy">"You" when the person reported it, the redaction marker when someone else on the case did, null when not recorded.</param>
public sealed record SubjectIncident(DateOnly OccurredOn, string? OccurredAt, string Description, string? ReportedBy, string? ReportedTo, string? Reference);
