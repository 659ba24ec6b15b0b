namespace Csp.Core.Strategy;

/// <summary>
/// Strategic Assessment priorities as an action plan's cell writes them: "Domestic abuse, violent crime",
/// "CSUs; ASB Groups", "ASB/substance misuse". Split on commas, semicolons and slashes; each capitalised ("violent crime"
/// is "Violent crime", "ASB" stays) and a repeat (ignoring case) dropped.
/// </summary>
public static class PriorityNames
{
    public static IReadOnlyList<string> Split(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var names = new List<string>();
        foreach (var part in cell.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = Capitalise(string.Join(' ', part.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
        }
        return names;
    }

    public static string Capitalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
