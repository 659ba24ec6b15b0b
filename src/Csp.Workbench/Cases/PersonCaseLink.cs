namespace Csp.Workbench.Cases;

/// <summary>A case a person is on, for the data protection page: its reference, type, status and the person's roles on it (no other names).</summary>
public sealed record PersonCaseLink(string Reference, string CaseType, string Status, DateOnly OpenedOn, DateOnly? ClosedOn, IReadOnlyList<string> Roles, DateOnly? AnonymisedOn);
