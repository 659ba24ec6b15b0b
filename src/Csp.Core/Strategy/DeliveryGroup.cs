namespace Csp.Core.Strategy;

/// <summary>
/// A group of the partnership: its name, what kind it is, the group it reports to, the other names the action plan calls it
/// by ("DAAG" for the Drug and Alcohol Action Group), its chair (a role, not a person: "Leader, Gravesham Borough Council"),
/// how often it meets and its member agencies. No personal data beyond a role.
/// </summary>
/// <param name="Source">Where the record comes from (the seed and line it was transcribed from), or null.</param>
public sealed record DeliveryGroup(string Name, GroupKind Kind, string? Parent, IReadOnlyList<string> Aliases, string? Chair, string? Meets,
    IReadOnlyList<string> Agencies, string? Source)
{
    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
