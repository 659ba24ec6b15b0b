using Csp.Core.Areas;

namespace Csp.Workbench.Areas;

/// <summary>The area a query means, or none with the names that contain it; <see cref="Others"/> are further areas of exactly that name.</summary>
public sealed record AreaMatch(string Query, Area? Area, IReadOnlyList<Area> Others, IReadOnlyList<Area> Suggestions)
{
    /// <summary>Why there is no area, in words a user can act on (null when there is one).</summary>
    public string? Problem => Area is not null ? null : Suggestions.Count == 0
        ? $"No area has the code or name '{Query}'."
        : $"No area is called '{Query}'. Did you mean: {string.Join(", ", Suggestions.Take(8).Select(a => $"{a.Name} ({a.Code}, {a.Level})"))}?";

    /// <summary>A note when the name is shared, saying which area was taken and how to choose another (null otherwise).</summary>
    public string? Ambiguity => Area is null || Others.Count == 0 ? null
        : $"'{Query}' names {Others.Count + 1} areas; using the {Area.Level} {Area.Code}. Give the code to choose another ({string.Join(", ", Others.Select(a => $"{a.Code} {a.Level}"))}).";
}
