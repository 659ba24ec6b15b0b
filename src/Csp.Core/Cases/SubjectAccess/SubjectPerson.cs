namespace Csp.Core.Cases.SubjectAccess;

/// <summary>The person's own record as held (after anonymisation, what remains: <see cref="AnonymisedOn"/> says when).</summary>
public sealed record SubjectPerson(long Id, string Name, DateOnly? DateOfBirth, string? Address, string? Postcode, string? Phone, bool Vulnerable, bool Demo,
    DateOnly RecordedOn, DateOnly? AnonymisedOn);
