namespace Csp.Workbench.Cases;

/// <summary>A person on a case in one role, with their personal data (shown only to entitled officers; every view audited).</summary>
/// <param name="OtherCases">How many other cases the person is on (in any role).</param>
public sealed record CasePerson(long Id, string Role, string Name, DateOnly? DateOfBirth, string? Address, string? Postcode, string? Phone, bool Vulnerable,
    DateOnly AddedOn, int OtherCases);
