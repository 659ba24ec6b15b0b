namespace Csp.Core.Cases.RiskMatrix;

/// <summary>The three levels of the ASB risk assessment matrix, lowest first (the order is used: a higher level wins).</summary>
public enum RiskLevel
{
    Standard,
    Medium,
    High,
}
