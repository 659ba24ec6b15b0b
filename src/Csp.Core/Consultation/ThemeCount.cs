namespace Csp.Core.Consultation;

/// <summary>A theme's count: comments in it, and their % of all comments (a comment can be in several themes, so the percentages can add to more than 100).</summary>
public sealed record ThemeCount(string Theme, int Comments, double Percent);
