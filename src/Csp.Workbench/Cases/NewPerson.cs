namespace Csp.Workbench.Cases;

/// <summary>A person added to a case in a role (<see cref="CaseRoles"/>); <see cref="ExistingPersonId"/> adds someone already known.</summary>
public sealed record NewPerson(string Role, string? Name, DateOnly? DateOfBirth = null, string? Address = null, string? Postcode = null, string? Phone = null,
    bool Vulnerable = false, long? ExistingPersonId = null);
