namespace Csp.Core.Briefing;

/// <summary>One incident of the briefing's window, for its list and map.</summary>
/// <param name="When">UK local time; 00:00 of the day when <paramref name="Timed"/> is false.</param>
/// <param name="X">British National Grid easting, metres.</param>
public sealed record BriefingIncident(string Id, DateTime When, bool Timed, string Category, string? Place, double X, double Y);
