namespace Csp.Workbench.Cases;

/// <summary>One case in a list: no names of people, so a list can be read without opening anyone's record.</summary>
public sealed record CaseListRow(long Id, string Reference, string CaseType, string Status, string LeadAgency, string? LeadOfficer, string? Location,
    string? Ward, DateOnly OpenedOn, string? RiskLevel, int? RiskScore, DateOnly? ReassessBy, bool Demo);
