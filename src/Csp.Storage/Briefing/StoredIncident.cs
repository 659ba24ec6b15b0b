namespace Csp.Storage.Briefing;

/// <summary>An imported incident as the briefing reads it. <paramref name="Demo"/>: it came from the generated demonstration set.</summary>
/// <param name="X">British National Grid easting, metres.</param>
public sealed record StoredIncident(string Id, DateOnly Date, TimeOnly? Time, string Category, double X, double Y, string? LocationKey, string? VictimKey, bool Demo, string? Lsoa = null);
