namespace Csp.Core.Incidents;

/// <summary>
/// Domestic abuse repeat victims from dated incidents with pseudonymised victim keys.
/// </summary>
/// <remarks>
/// The rule: a domestic abuse incident (<see cref="IncidentRecord.Domestic"/> true) is a <b>repeat</b> when the same
/// victim key has another domestic abuse incident (a different record) dated within the window before it: from the same
/// day <see cref="RepeatVictimisationOptions.WindowMonths"/> months earlier up to and including the incident's own day.
/// Earlier incidents count even when they fall before the period (the look-back reaches behind it). A victim is a
/// <b>repeat victim</b> in the period when at least one of their incidents in the period is a repeat.
/// Incidents with no victim key cannot be judged: they are counted apart and left out of both figures.
/// The percentage follows seed 000's Domestic abuse table, where "% repeat victims" is the number of repeat victims over
/// the number of DA incidents (Dartford 286 of 1,320 = 21.7%; Gravesham 373 of 1,606 = 23.2%); the share of victims is
/// given beside it.
/// </remarks>
internal static class RepeatVictimisation
{
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period (included).</param>
    public static RepeatVictimisationResult Compute(IEnumerable<IncidentRecord> incidents, DateOnly from, DateOnly to, RepeatVictimisationOptions? options = null)
    {
        var window = (options ?? RepeatVictimisationOptions.Default).WindowMonths;
        var byVictim = new Dictionary<string, List<(DateOnly Date, string Id)>>(StringComparer.Ordinal);
        long incidentsInPeriod = 0, withoutKey = 0;
        foreach (var incident in incidents)
        {
            if (incident.Domestic != true || incident.Date > to) continue;
            var inPeriod = incident.Date >= from;
            if (incident.VictimKey is not { Length: > 0 } key)
            {
                if (inPeriod) withoutKey++;
                continue;
            }
            if (inPeriod) incidentsInPeriod++;
            if (!byVictim.TryGetValue(key, out var list)) byVictim[key] = list = [];
            list.Add((incident.Date, incident.IncidentId));
        }
        long repeatIncidents = 0, victims = 0, repeatVictims = 0;
        foreach (var list in byVictim.Values)
        {
            list.Sort((a, b) => a.Date.CompareTo(b.Date));
            var victimInPeriod = false;
            var victimRepeat = false;
            for (var i = 0; i < list.Count; i++)
            {
                var (date, _) = list[i];
                if (date < from) continue;
                victimInPeriod = true;
                var windowStart = date.AddMonths(-window);
                // Another record on the same day or earlier within the window: the list is sorted by date, so look at
                // the neighbours (any other record dated windowStart..date).
                var repeat = (i > 0 && list[i - 1].Date >= windowStart) || (i + 1 < list.Count && list[i + 1].Date == date);
                if (!repeat) continue;
                repeatIncidents++;
                victimRepeat = true;
            }
            if (victimInPeriod) victims++;
            if (victimRepeat) repeatVictims++;
        }
        return new RepeatVictimisationResult(incidentsInPeriod, victims, repeatVictims, repeatIncidents, withoutKey, window);
    }
}
