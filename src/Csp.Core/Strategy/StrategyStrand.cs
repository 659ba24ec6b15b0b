namespace Csp.Core.Strategy;

/// <summary>One strand of a priority's "What will we do?" (seed 003) with its items.</summary>
public sealed record StrategyStrand(string Name, IReadOnlyList<string> Items)
{
    /// <summary>The four strands in seed 003's order: the section a strategy file gives each, and its heading as seed 003 prints it (lines 171-192).</summary>
    public static IReadOnlyList<(string Section, string Heading)> All { get; } =
    [
        ("do-prevention", "Prevention and Community Involvement"),
        ("do-early-identification", "Early Identification"),
        ("do-supportive-intervention", "Supportive Intervention"),
        ("do-enforcement", "Enforcement/Formal Action"),
    ];
}
