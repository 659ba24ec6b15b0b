namespace Csp.Core.Offences;

/// <summary>A named group of crime types (e.g. "Total crime": every type but ASB), as a partnership defines it.</summary>
/// <param name="Everything">The group starts from every crime type in the data (<c>*</c>).</param>
/// <param name="Included">Types named in the group.</param>
/// <param name="Excluded">Types taken out (<c>-Type</c>).</param>
public sealed record OffenceGroup(string Name, bool Everything, IReadOnlyList<string> Included, IReadOnlyList<string> Excluded)
{
    public IReadOnlyList<string> Members(IEnumerable<string> crimeTypes) =>
        crimeTypes.Where(t => (Everything || Included.Contains(t, StringComparer.OrdinalIgnoreCase)) && !Excluded.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
}
