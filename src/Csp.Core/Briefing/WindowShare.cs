namespace Csp.Core.Briefing;

/// <summary>The incidents whose clock time falls in a window, as a share of incidents with a time (untimed ones are in neither).</summary>
/// <param name="From">"19:00": included.</param>
/// <param name="To">"01:00": excluded; earlier than From when the window spans midnight.</param>
/// <param name="Share">Count / timed incidents, 0 to 1; null when no incident has a time.</param>
public sealed record WindowShare(string From, string To, int Count, int Timed, double? Share);
