using Csp.Core.Cases.Repeats;

namespace Csp.Workbench.Cases;

/// <summary>A repeat the case is part of (a person on it, or its location), found across all cases' incidents by the local rule.</summary>
public sealed record CaseRepeat(RepeatKind Kind, string Who, RepeatFinding Finding, string Words);
