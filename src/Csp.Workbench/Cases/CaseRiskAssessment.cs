using Csp.Core.Cases.RiskMatrix;

namespace Csp.Workbench.Cases;

/// <summary>A kept risk assessment: who, about whom, the answers given, and its score with the move from the one before.</summary>
public sealed record CaseRiskAssessment(long Id, string Assessor, string? PersonName, IReadOnlyDictionary<string, string> Answers, RiskHistoryEntry History);
