namespace Csp.Core.Reports;

/// <summary>One line of a committee report's front sheet: "Report to: Crime and Disorder Scrutiny Committee".</summary>
public sealed record CoverField(string Label, string Value);
