namespace Csp.Core.Performance;

/// <summary>
/// The area a performance report is for, with the districts it is made of when it is a partnership
/// (E22000352 Dartford and Gravesham = E07000107 Dartford + E07000109 Gravesham): counts a partner returns by district
/// add up to the partnership, and a target set per district is judged per district.
/// </summary>
public sealed record PerformanceArea(string Code, string Name, IReadOnlyList<PerformanceArea> Parts)
{
    public PerformanceArea(string code, string name) : this(code, name, []) { }

    public bool Is(string codeOrName) =>
        Code.Equals(codeOrName, StringComparison.OrdinalIgnoreCase) || Name.Equals(codeOrName, StringComparison.OrdinalIgnoreCase);
}
