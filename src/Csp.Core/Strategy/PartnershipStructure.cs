namespace Csp.Core.Strategy;

/// <summary>
/// The partnership's groups, found by name or alias ignoring case and spacing. Resolving an action plan's "Coordinating
/// Delivery Group" cell into groups is here: the cell lists one or more groups separated by commas or semicolons, and a
/// part joined by "and" is two groups only when both halves are groups ("DAAG and MEAM group") and the whole is not one
/// ("Drug and Alcohol Action Group").
/// </summary>
public sealed class PartnershipStructure
{
    private readonly Dictionary<string, DeliveryGroup> _byName = new(StringComparer.Ordinal);

    public PartnershipStructure(IEnumerable<DeliveryGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Groups = groups.ToList();
        foreach (var group in Groups)
        {
            foreach (var name in group.Names) _byName.TryAdd(Key(name), group);
        }
    }

    public IReadOnlyList<DeliveryGroup> Groups { get; }

    public DeliveryGroup? Find(string name) => _byName.GetValueOrDefault(Key(name));

    /// <summary>The groups a cell names, in order and without repeats, and the parts that name no group.</summary>
    public (IReadOnlyList<DeliveryGroup> Groups, IReadOnlyList<string> Unknown) Resolve(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var found = new List<DeliveryGroup>();
        var unknown = new List<string>();
        foreach (var part in cell.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Find(part) is { } whole)
            {
                Add(whole);
                continue;
            }
            var halves = part.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (halves.Length > 1 && halves.All(h => Find(h) is not null))
            {
                foreach (var h in halves) Add(Find(h)!);
                continue;
            }
            unknown.Add(part);
        }
        return (found, unknown);

        void Add(DeliveryGroup g)
        {
            if (!found.Contains(g)) found.Add(g);
        }
    }

    /// <summary>Upper case, single spaces, no trailing full stop: "G-Safe " and "g-safe" are one name.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }
}
