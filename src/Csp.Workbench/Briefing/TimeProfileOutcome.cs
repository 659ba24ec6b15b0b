using Csp.Core.Briefing;
using Csp.Core.Imports;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.Briefing;

/// <summary>A time profile of an area's incidents, or why there is none. <see cref="EventIssues"/>: bad rows of dated-events.csv, skipped.</summary>
public sealed record TimeProfileOutcome(AnswerKind Kind, string? Problem, PlacedIncidents? Incidents, TimeProfileResult? Result, IReadOnlyList<ImportIssue> EventIssues)
{
    public static TimeProfileOutcome Refused(AnswerKind kind, string problem) => new(kind, problem, null, null, []);
}
