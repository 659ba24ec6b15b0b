namespace Csp.Workbench.Cases;

/// <summary>An incident recorded on a case: when, what happened, who reported it (a person on the case) to which agency, its reference.</summary>
public sealed record NewIncident(DateOnly OccurredOn, string? OccurredAt, string Description, long? ReportedById = null, long? ReportedToAgencyId = null,
    string? Reference = null, string? Location = null);
