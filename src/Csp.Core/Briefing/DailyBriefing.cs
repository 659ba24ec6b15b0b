using System.Buffers;
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

    // Only this class rents from it and every mark is cleared before return, so a rented array is all zeros (the shared
    // pool makes no such promise).
    private static readonly ArrayPool<int> Marks = ArrayPool<int>.Create(256 * 1024 * 1024, 4);

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

        var repeatLocations = Repeats(incidents, selected, incidents.Location, incidents.LocationKeys.Count, request.RepeatLocations, window, start, end)
            .Select(r => new RepeatLocation(incidents.LocationKeys[r.Key], r.Count, r.Since, request.RepeatLocations.Days, IncidentIndex.TimeOf(r.First), IncidentIndex.TimeOf(r.Last)))
            .ToList();
        var repeatVictims = Repeats(incidents, selected, incidents.Victim, incidents.VictimKeys.Count, request.RepeatVictims, window, start, end)
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
    /// <remarks>
    /// The keys of the window are marked in a pooled array indexed by key (cleared again after), so the pass over the
    /// rule's days (six months of a district for victims) is an array read per incident, with no hashing.
    /// </remarks>
    private static List<Repeat> Repeats(IncidentIndex incidents, bool[] selected, int[] keys, int keyCount, RepeatRule rule, BriefingWindow window, int start, int end)
    {
        var found = new List<Repeat>();
        if (keyCount == 0 || end <= start) return found;
        var slotOf = Marks.Rent(keyCount);
        var windowKeys = new List<int>();
        try
        {
            for (var i = start; i < end; i++)
            {
                var k = keys[i];
                if (k < 0 || !selected[incidents.Category[i]] || slotOf[k] != 0) continue;
                windowKeys.Add(k);
                slotOf[k] = windowKeys.Count; // slot + 1, so that 0 means "not in the window"
            }
            var count = new int[windowKeys.Count];
            var since = new int[windowKeys.Count];
            var first = new long[windowKeys.Count];
            var last = new long[windowKeys.Count];
            var ruleStart = IncidentIndex.KeyOf(window.Until.AddDays(-rule.Days));
            var from = Math.Min(incidents.FirstAtOrAfter(ruleStart), start);
            for (var i = from; i < end; i++)
            {
                var k = keys[i];
                if (k < 0) continue;
                var slot = slotOf[k] - 1;
                if (slot < 0 || !selected[incidents.Category[i]]) continue;
                var minute = incidents.Minute[i];
                if (minute < ruleStart) continue; // a briefing window longer than the rule's days: count only the rule's days
                if (count[slot]++ == 0) first[slot] = minute;
                last[slot] = minute;
                if (i >= start) since[slot]++;
            }
            for (var s = 0; s < windowKeys.Count; s++)
            {
                if (count[s] >= rule.Minimum && since[s] > 0) found.Add(new Repeat(windowKeys[s], count[s], since[s], first[s], last[s]));
            }
        }
        finally
        {
            foreach (var k in windowKeys) slotOf[k] = 0;
            Marks.Return(slotOf);
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
            if (start >= end) continue;
            // The category's incidents from the signature's days before the window to its end, gathered once: each alert
            // then looks back over these only.
            var firstDay = incidents.Minute[start] / IncidentIndex.MinutesPerDay - signature.Days;
            var positions = new List<int>();
            for (var j = incidents.FirstAtOrAfter(firstDay * IncidentIndex.MinutesPerDay); j < end; j++)
            {
                if (wanted[incidents.Category[j]]) positions.Add(j);
            }
            var lo = 0;
            for (var n = 0; n < positions.Count; n++)
            {
                var i = positions[n];
                if (i < start) continue;
                var day = incidents.Minute[i] / IncidentIndex.MinutesPerDay;
                var earliest = (day - signature.Days) * IncidentIndex.MinutesPerDay;
                while (incidents.Minute[positions[lo]] < earliest) lo++;
                var earlier = 0;
                for (var m = lo; m < n; m++)
                {
                    var j = positions[m];
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
