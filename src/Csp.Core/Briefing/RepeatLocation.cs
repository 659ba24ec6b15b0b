namespace Csp.Core.Briefing;

/// <param name="LocationKey">The source's key for the address or premises.</param>
/// <param name="Count">Incidents there in the <paramref name="WindowDays"/> days to the briefing's end.</param>
/// <param name="SinceLastBriefing">Of those, how many fell in the briefing's window.</param>
public sealed record RepeatLocation(string LocationKey, int Count, int SinceLastBriefing, int WindowDays, DateTime First, DateTime Last);
