namespace Csp.Workbench.Cases;

public sealed record CaseIncident(long Id, DateOnly OccurredOn, string? OccurredAt, string Description, string? ReportedBy, string? ReportedTo,
    string? Reference, string? Location, string? RecordedBy);
