using Csp.Core.Geometry;
using Csp.Core.Taskings;

namespace Csp.Core.Briefing;

/// <summary>
/// Builds the daily briefing from incidents and tasks: a pure function of its inputs. The window is found by binary
/// search in the <see cref="IncidentIndex"/> and read once; repeats read the slice of their own window (28 days, 6
/// months), emerging hot spots the last year, so the cost does not grow with the years held.
/// </summary>
public static class DailyBriefing
{
    public const string NoPlace = "(no place)";

    public static BriefingResult Build(BriefingRequest request, IncidentIndex incidents, IReadOnlyList<Tasking> tasks)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(tasks);
        var window = request.Window;
        var selected = incidents.SelectCategories(request.Categories);
        var (start, end) = incidents.Between(window.Since, window.Until);

        var byCategory = new int[incidents.Categories.Count];
        var byPlace = new Dictionary<int, int[]>();
        var list = new List<BriefingIncident>();
        var untimed = 0;
        for (var i = start; i < end; i++)
        {
            var c = incidents.Category[i];
            if (!selected[c]) continue;
            byCategory[c]++;
            if (!incidents.Timed[i]) untimed++;
            var p = incidents.Place[i];
            if (!byPlace.TryGetValue(p, out var counts)) byPlace.Add(p, counts = new int[byCategory.Length]);
            counts[c]++;
            list.Add(new BriefingIncident(incidents.Id[i], incidents.TimeAt(i), incidents.Timed[i], incidents.Categories[c], incidents.PlaceAt(i), incidents.X[i], incidents.Y[i]));
        }
        var categories = CategoryCounts(incidents, byCategory);
        var places = byPlace.Select(kv => new PlaceCount(kv.Key < 0 ? NoPlace : incidents.Places[kv.Key], kv.Value.Sum(), CategoryCounts(incidents, kv.Value)))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Place, StringComparer.Ordinal).ToList();

        var emerging = EmergingHotSpots.Find(incidents, new EmergingHotSpotOptions(window.Until)
        {
            Grid = request.EmergingGrid,
            Alpha = request.EmergingAlpha,
            Categories = request.Categories,
        });

        var repeatLocations = Repeats(incidents, selected, incidents.Location, request.RepeatLocations, window, start, end)
            .Select(r => new RepeatLocation(incidents.LocationKeys[r.Key], r.Count, r.Since, request.RepeatLocations.Days, IncidentIndex.TimeOf(r.First), IncidentIndex.TimeOf(r.Last)))
            .ToList();
        var repeatVictims = Repeats(incidents, selected, incidents.Victim, request.RepeatVictims, window, start, end)
            .Select(r => new RepeatVictim(request.PersonalDataEntitled ? incidents.VictimKeys[r.Key] : null, r.Count, r.Since, request.RepeatVictims.Days))
            .ToList();

        var alerts = NearRepeatAlerts(incidents, request.NearRepeat, start, end);
        var due = TasksDue(tasks, request, DateOnly.FromDateTime(window.Until));
        return new BriefingResult(window.Since, window.Until, list.Count, untimed, categories, places, list, emerging.HotSpots, emerging.Method,
            emerging.ExpectedFalseAlarms, repeatLocations, repeatVictims, request.PersonalDataEntitled, alerts, due);
    }

    private static List<CategoryCount> CategoryCounts(IncidentIndex incidents, int[] counts) =>
        counts.Select((n, c) => new CategoryCount(incidents.Categories[c], n)).Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();

    private readonly record struct Repeat(int Key, int Count, int Since, long First, long Last);

    /// <summary>Keys (locations or victims) with at least the minimum in the rule's days to the end, one of them in the briefing's window.</summary>
    private static List<Repeat> Repeats(IncidentIndex incidents, bool[] selected, int[] keys, RepeatRule rule, BriefingWindow window, int start, int end)
    {
        var inWindow = new HashSet<int>();
        for (var i = start; i < end; i++)
        {
            if (selected[incidents.Category[i]] && keys[i] >= 0) inWindow.Add(keys[i]);
        }
        var found = new List<Repeat>();
        if (inWindow.Count == 0) return found;
        var from = incidents.FirstAtOrAfter(IncidentIndex.KeyOf(window.Until.AddDays(-rule.Days)));
        var tally = new Dictionary<int, (int Count, int Since, long First, long Last)>();
        for (var i = Math.Min(from, start); i < end; i++)
        {
            if (i < from) continue; // a briefing window longer than the rule's days: count only the rule's days
            var k = keys[i];
            if (k < 0 || !selected[incidents.Category[i]] || !inWindow.Contains(k)) continue;
            var minute = incidents.Minute[i];
            tally[k] = tally.TryGetValue(k, out var t)
                ? (t.Count + 1, t.Since + (i >= start ? 1 : 0), t.First, minute)
                : (1, i >= start ? 1 : 0, minute, minute);
        }
        foreach (var (k, t) in tally)
        {
            if (t.Count >= rule.Minimum && t.Since > 0) found.Add(new Repeat(k, t.Count, t.Since, t.First, t.Last));
        }
        found.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Key.CompareTo(b.Key));
        return found;
    }

    private static List<NearRepeatAlert> NearRepeatAlerts(IncidentIndex incidents, IReadOnlyList<NearRepeatSignature> signatures, int start, int end)
    {
        var alerts = new List<NearRepeatAlert>();
        foreach (var signature in signatures)
        {
            var wanted = incidents.SelectCategories([signature.Category]);
            for (var i = start; i < end; i++)
            {
                if (!wanted[incidents.Category[i]]) continue;
                var day = incidents.Minute[i] / IncidentIndex.MinutesPerDay;
                var earliest = incidents.FirstAtOrAfter((day - signature.Days) * IncidentIndex.MinutesPerDay);
                var earlier = 0;
                for (var j = earliest; j < i; j++)
                {
                    if (!wanted[incidents.Category[j]]) continue;
                    double dx = Math.Abs(incidents.X[j] - incidents.X[i]), dy = Math.Abs(incidents.Y[j] - incidents.Y[i]);
                    var distance = signature.Metric == DistanceMetric.Manhattan ? dx + dy : Math.Sqrt(dx * dx + dy * dy);
                    if (distance < signature.Metres) earlier++;
                }
                var date = DateOnly.FromDayNumber((int)day);
                alerts.Add(new NearRepeatAlert(incidents.Id[i], incidents.CategoryAt(i), incidents.TimeAt(i), incidents.X[i], incidents.Y[i],
                    signature.Metres, signature.Days, date.AddDays(signature.Days), earlier));
            }
        }
        return alerts;
    }

    private static List<TaskDue> TasksDue(IReadOnlyList<Tasking> tasks, BriefingRequest request, DateOnly today)
    {
        var horizon = today.AddDays(request.TaskLookAheadDays);
        return tasks.Where(t => t.IsOpen && t.Due <= horizon && t.IsVisibleTo(request.ViewerAgency))
            .Select(t => new TaskDue(t, t.IsOverdueOn(today), t.IsOverdueOn(today) ? today.DayNumber - t.Due.DayNumber : 0))
            .OrderByDescending(t => t.DaysOverdue).ThenBy(t => t.Task.Due).ThenBy(t => t.Task.Id, StringComparer.Ordinal).ToList();
    }
}
