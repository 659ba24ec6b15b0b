using Csp.Core.Cases.RiskMatrix;

namespace Csp.Workbench.Cases;

/// <summary>How case pages and tasks name a risk level.</summary>
public static class RiskAssessmentWords
{
    public static string Level(RiskLevel level) => level switch
    {
        RiskLevel.High => "high",
        RiskLevel.Medium => "medium",
        _ => "standard",
    };

    public static string Level(string? stored) => Enum.TryParse<RiskLevel>(stored, out var level) ? Level(level) : "not assessed";
}
