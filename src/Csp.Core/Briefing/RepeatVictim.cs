namespace Csp.Core.Briefing;

/// <param name="VictimKey">The pseudonymised key; null unless the user is entitled to personal data (then only the count is shown).</param>
/// <param name="Count">Incidents with this victim or caller in the <paramref name="WindowDays"/> days to the briefing's end.</param>
public sealed record RepeatVictim(string? VictimKey, int Count, int SinceLastBriefing, int WindowDays);
