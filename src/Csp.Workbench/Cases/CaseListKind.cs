namespace Csp.Workbench.Cases;

/// <summary>The case lists an officer works from.</summary>
public enum CaseListKind
{
    /// <summary>Every case the officer may see (their agency's, and those shared with it).</summary>
    Agency,
    /// <summary>Cases the officer leads.</summary>
    Mine,
    /// <summary>Open cases whose latest risk assessment is high.</summary>
    HighRisk,
    /// <summary>Open cases whose reassessment is due within a week or overdue, or never assessed.</summary>
    ReviewsDue,
}
