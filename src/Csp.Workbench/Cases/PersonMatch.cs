namespace Csp.Workbench.Cases;

/// <summary>A person's record found by name for a data protection request: enough to tell two people of one name apart.</summary>
public sealed record PersonMatch(long Id, string Name, DateOnly? DateOfBirth, string? Postcode, int Cases, bool Demo, DateOnly? AnonymisedOn);
