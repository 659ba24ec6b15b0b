using Csp.Core.Periods;

namespace Csp.Workbench.Assessment;

/// <summary>What a user asks the assessment for: an area by ONS code or name, one way of giving the period, and how.</summary>
/// <param name="Readership">Who reads the answer: which small numbers it may hold.</param>
/// <param name="FieldName">How the host names a period field to its user (<c>yearEnding</c> is <c>--year-ending</c> on the command line); null: as is.</param>
public sealed record AssessmentQuery(string? Area, PeriodChoice Periods, int? PopulationYear, bool Partial, Readership Readership, Func<string, string>? FieldName = null);
