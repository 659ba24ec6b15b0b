using Csp.Core.Briefing;

namespace Csp.Workbench.Briefing;

/// <summary>
/// The JSON of <c>csp briefing --format json</c> (camelCase), a contract documented in README.md: <c>since</c>,
/// <c>until</c>, <c>incidents</c> (count by category), <c>emerging</c> (place, category, recent, expected, p),
/// <c>repeatLocations</c> (location key, count, window), <c>repeatVictims</c> (count only unless entitled),
/// <c>tasksDue</c>, and what a reader needs to trust them (the methods, demonstration data).
/// </summary>
public sealed record BriefingContract(
    string Area,
    string AreaCode,
    DateTime Since,
    DateTime Until,
    int Total,
    int Untimed,
    IReadOnlyList<CategoryCount> Incidents,
    IReadOnlyList<BriefingContract.Place> Places,
    IReadOnlyList<BriefingContract.EmergingPlace> Emerging,
    string EmergingMethod,
    double EmergingExpectedFalseAlarms,
    IReadOnlyList<BriefingContract.RepeatAt> RepeatLocations,
    BriefingContract.Victims RepeatVictims,
    IReadOnlyList<BriefingContract.Alert> NearRepeatAlerts,
    string NearRepeatMethod,
    IReadOnlyList<BriefingContract.DueTask> TasksDue,
    bool DemonstrationData,
    string? DataLabel,
    DateTime? LastBriefingUntil)
{
    public sealed record Place(string Name, int Count, IReadOnlyList<CategoryCount> Categories);

    /// <param name="Window">7 or 28: the days of the window with the smaller p.</param>
    public sealed record EmergingPlace(string Place, string? Ward, string Category, int Window, int Recent, double Expected, double P, int Recent7, double Expected7, int Recent28, double Expected28);

    /// <param name="Window">Days counted back from the briefing's end (28).</param>
    public sealed record RepeatAt(string LocationKey, int Count, int SinceLastBriefing, int Window, DateTime First, DateTime Last);

    /// <param name="Keys">Each repeat victim or caller with their pseudonymised key; empty unless the user is entitled to personal data.</param>
    public sealed record Victims(int Count, int Window, int Minimum, bool KeysShown, IReadOnlyList<RepeatVictimKey> Keys);

    public sealed record RepeatVictimKey(string VictimKey, int Count, int SinceLastBriefing);

    public sealed record Alert(string IncidentId, string Category, DateTime When, double Metres, int Days, DateOnly AlertUntil, int EarlierNearby);

    public sealed record DueTask(string Reference, string What, string? Where, string OwnerAgency, string? OwnerOfficer, DateOnly Due, string Status, bool Overdue, int DaysOverdue);

    public static BriefingContract From(BriefingOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var r = outcome.Result ?? throw new ArgumentException("The briefing was not built.", nameof(outcome));
        var area = outcome.Area!;
        var victimRule = RepeatRule.Victims;
        return new BriefingContract(area.Name, area.Code, r.Since, r.Until, r.Total, r.Untimed, r.Incidents,
            r.Places.Select(p => new Place(p.Place, p.Count, p.Categories)).ToList(),
            r.Emerging.Select((e, i) => new EmergingPlace(e.Place, outcome.EmergingWards.ElementAtOrDefault(i), e.Category, e.Window, e.Recent, e.Expected, e.PValue,
                e.Recent7, e.Expected7, e.Recent28, e.Expected28)).ToList(),
            r.EmergingMethod, r.EmergingExpectedFalseAlarms,
            r.RepeatLocations.Select(l => new RepeatAt(l.LocationKey, l.Count, l.SinceLastBriefing, l.WindowDays, l.First, l.Last)).ToList(),
            new Victims(r.RepeatVictims.Count, victimRule.Days, victimRule.Minimum, r.VictimKeysShown,
                r.VictimKeysShown ? r.RepeatVictims.Where(v => v.VictimKey is not null).Select(v => new RepeatVictimKey(v.VictimKey!, v.Count, v.SinceLastBriefing)).ToList() : []),
            r.NearRepeatAlerts.Select(a => new Alert(a.IncidentId, a.Category, a.When, a.Metres, a.Days, a.AlertUntil, a.EarlierNearby)).ToList(),
            outcome.NearRepeatMethod,
            r.TasksDue.Select(t => new DueTask(t.Task.Id, t.Task.What, t.Task.Where, t.Task.Owner.Agency, t.Task.Owner.Officer, t.Task.Due, t.Task.Status.ToString(), t.Overdue, t.DaysOverdue)).ToList(),
            outcome.Incidents?.IsDemo == true, outcome.Incidents?.IsDemo == true ? PlacedIncidents.DemoLabel : null, outcome.LastHeld?.Until);
    }
}
