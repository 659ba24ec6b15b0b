namespace Csp.Core.Cases.SubjectAccess;

/// <summary>Another person on one of the subject's cases: the details of theirs that are withheld wherever they appear in text.</summary>
public sealed record ThirdParty(string Name, string? Address, string? Postcode, string? Phone);
