using Csp.Core.Taskings;

namespace Csp.Core.Briefing;

/// <summary>
/// The daily briefing: what happened since the last one and what needs doing. Serialised with camelCase names, the
/// JSON of <c>csp briefing</c>: <c>since</c>, <c>until</c>, <c>incidents</c> (count by category), <c>emerging</c>,
/// <c>repeatLocations</c>, <c>repeatVictims</c>, <c>tasksDue</c>, and the rest below.
/// </summary>
/// <param name="Since">Included, UK local time.</param>
/// <param name="Until">Excluded, UK local time.</param>
/// <param name="Total">Incidents in the window.</param>
/// <param name="Untimed">Of those, incidents with a date and no time, placed at 00:00 of their day.</param>
/// <param name="Incidents">Count by category, largest first.</param>
/// <param name="Places">Count by place (ward or LSOA), largest first.</param>
/// <param name="EmergingMethod">The emerging hot spot method in words, with the false alarms it implies.</param>
/// <param name="EmergingExpectedFalseAlarms">Flags a day expected by chance alone (see <see cref="EmergingHotSpotsResult.ExpectedFalseAlarms"/>).</param>
/// <param name="VictimKeysShown">False when the user is not entitled to personal data: repeat victims are counts only.</param>
/// <param name="TasksDue">Open tasks due by the briefing's day plus the look-ahead, overdue first, visible to the user's agency.</param>
public sealed record BriefingResult(
    DateTime Since,
    DateTime Until,
    int Total,
    int Untimed,
    IReadOnlyList<CategoryCount> Incidents,
    IReadOnlyList<PlaceCount> Places,
    IReadOnlyList<BriefingIncident> IncidentList,
    IReadOnlyList<EmergingHotSpot> Emerging,
    string EmergingMethod,
    double EmergingExpectedFalseAlarms,
    IReadOnlyList<RepeatLocation> RepeatLocations,
    IReadOnlyList<RepeatVictim> RepeatVictims,
    bool VictimKeysShown,
    IReadOnlyList<NearRepeatAlert> NearRepeatAlerts,
    IReadOnlyList<TaskDue> TasksDue);
