namespace Csp.Workbench.Cases;

/// <summary>A person's record as the data protection page shows it to an administrator: the record, the cases they are on, and whether they may be erased now.</summary>
public sealed record PersonOverview(long Id, string Name, DateOnly? DateOfBirth, string? Address, string? Postcode, string? Phone, bool Demo, DateOnly? AnonymisedOn,
    IReadOnlyList<PersonCaseLink> Cases, ErasureOutcome Erasure);
