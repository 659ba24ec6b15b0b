namespace Csp.Core.Incidents;

/// <summary>
/// Domestic abuse repeat victims from dated incidents with pseudonymised victim keys.
/// </summary>
/// <remarks>
/// The rule: a domestic abuse incident (<see cref="IncidentRecord.Domestic"/> true) is a <b>repeat</b> when the same
/// victim key has another domestic abuse incident (a different record) <b>before it</b> within the window: dated from the
/// same day <see cref="RepeatVictimisationOptions.WindowMonths"/> months earlier (included) up to the incident's own day.
/// On the incident's own day the other one counts when it happened earlier by the clock; when either has no time the two
/// cannot be put in order and each counts as the other's earlier incident. Earlier incidents count even when they fall
/// before the period (the look-back reaches behind it). A victim is a <b>repeat victim</b> in the period when at least
/// one of their incidents in the period is a repeat. Incidents with no victim key cannot be judged: they are counted apart
/// and left out of both figures.
/// The share is incident-based: repeat incidents in the period / DA incidents in the period with a victim key. It is the
/// form of seed 000's Domestic abuse table, whose "% repeat victims" is its "No. repeat victims" over the DA incidents
/// (Dartford 286 of 1,320 = 21.7%; Gravesham 373 of 1,606 = 23.2%; Kent 5,032 of 21,561 = 23.3%).
/// </remarks>
public static class RepeatVictimisation
{
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period (included).</param>
    public static RepeatVictimisationResult Compute(IEnumerable<IncidentRecord> incidents, DateOnly from, DateOnly to, RepeatVictimisationOptions? options = null)
    {
        var window = (options ?? RepeatVictimisationOptions.Default).WindowMonths;
        var byVictim = new Dictionary<string, List<(DateOnly Date, TimeOnly? Time)>>(StringComparer.Ordinal);
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
            list.Add((incident.Date, incident.Time));
        }
        long repeatIncidents = 0, victims = 0, repeatVictims = 0;
        foreach (var list in byVictim.Values)
        {
            list.Sort((a, b) => a.Date.CompareTo(b.Date));
            var victimInPeriod = false;
            var victimRepeat = false;
            for (var i = 0; i < list.Count; i++)
            {
                var (date, time) = list[i];
                if (date < from) continue;
                victimInPeriod = true;
                if (!HasEarlier(list, i, date.AddMonths(-window), date, time)) continue;
                repeatIncidents++;
                victimRepeat = true;
            }
            if (victimInPeriod) victims++;
            if (victimRepeat) repeatVictims++;
        }
        return new RepeatVictimisationResult(incidentsInPeriod, victims, repeatVictims, repeatIncidents, withoutKey, window);
    }

    /// <summary>Another record of the victim dated windowStart..date and before the i-th by the clock where both have a time.</summary>
    private static bool HasEarlier(List<(DateOnly Date, TimeOnly? Time)> list, int i, DateOnly windowStart, DateOnly date, TimeOnly? time)
    {
        // The list is sorted by date: the records on earlier days are before the run of the same day.
        var first = i;
        while (first > 0 && list[first - 1].Date == date) first--;
        if (first > 0 && list[first - 1].Date >= windowStart) return true;
        for (var j = first; j < list.Count && list[j].Date == date; j++)
        {
            if (j == i) continue;
            if (time is not { } t || list[j].Time is not { } other || other < t) return true;
        }
        return false;
    }
}
