namespace Csp.Core.Cases.SubjectAccess;

/// <summary>A case the person is on, with their role(s) on it and what it records (third-party details withheld).</summary>
/// <param name="Roles">Victim, Perpetrator, Witness, Reporter; "Reported an incident" or "Applied for a Case Review" when that is their only link.</param>
/// <param name="OtherPeople">How many other people are on the case: not named, as third parties.</param>
public sealed record SubjectCase(
    string Reference,
    string CaseType,
    string Status,
    string? Outcome,
    string LeadAgency,
    string? Ward,
    string? Location,
    string? Summary,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    DateOnly? AnonymisedOn,
    bool Demo,
    IReadOnlyList<string> Roles,
    int OtherPeople,
    IReadOnlyList<SubjectIncident> Incidents,
    IReadOnlyList<SubjectNote> Notes,
    IReadOnlyList<SubjectTask> Tasks,
    IReadOnlyList<SubjectDocument> Documents);
