using Csp.Workbench.Hosting;

namespace Csp.Workbench.Assessment;

/// <summary>The partnership's configuration files: offence categories, harm weights, priority judgements (the last may be absent).</summary>
public sealed record ConfigurationFiles(string OffenceCategories, string HarmWeights, string? PriorityJudgements)
{
    public static ConfigurationFiles Under(string home) => new(
        CspHome.Configuration(home, "offence-categories.csv"),
        CspHome.Configuration(home, "harm-weights.csv"),
        CspHome.Configuration(home, "priority-judgements.csv"));
}
