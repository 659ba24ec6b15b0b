namespace Csp.Workbench.Cases;

/// <summary>An information-sharing agreement between two agencies, for the roles named.</summary>
public sealed record SharingAgreement(long Id, long AgencyAId, string AgencyA, long AgencyBId, string AgencyB, IReadOnlyList<string> Roles, DateOnly AgreedOn, string? CreatedBy);
