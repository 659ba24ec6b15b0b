using Csp.Core.Periods;

namespace Csp.Workbench.Assessment;

/// <summary>What a user asks the assessment for: an area by ONS code or name, one way of giving the period, and how.</summary>
/// <param name="FieldName">How the host names a period field to its user (<c>yearEnding</c> is <c>--year-ending</c> on the command line); null: as is.</param>
public sealed record AssessmentQuery(string? Area, PeriodChoice Periods, int? PopulationYear, bool Partial, Func<string, string>? FieldName = null);
