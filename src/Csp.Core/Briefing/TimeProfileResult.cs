namespace Csp.Core.Briefing;

/// <summary>When incidents happened: by hour, by day of week and hour, by month, in a window of the clock, around dated events.</summary>
/// <param name="Total">Incidents in the period and categories, timed or not.</param>
/// <param name="UnknownTime">Incidents with a date and no time: in <see cref="ByMonth"/> and the events, not in the clock counts.</param>
/// <param name="ByHour">24 counts of timed incidents, [0] = 00:00-00:59, [23] = 23:00-23:59. Sums to Total - UnknownTime.</param>
/// <param name="ByWeekdayHour">7 rows (Monday first) of 24 hours, by the day of the incident's date.</param>
/// <param name="ByMonth">12 counts (January first) of every incident, by the month of its date (a period over a year adds the same month of each year).</param>
public sealed record TimeProfileResult(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Categories,
    int Total,
    int UnknownTime,
    IReadOnlyList<int> ByHour,
    IReadOnlyList<IReadOnlyList<int>> ByWeekdayHour,
    IReadOnlyList<int> ByMonth,
    WindowShare? Window,
    IReadOnlyList<EventComparison> Events,
    IReadOnlyList<string> Findings);
