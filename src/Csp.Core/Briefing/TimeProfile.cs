using System.Globalization;
using Csp.Core.Statistics;

namespace Csp.Core.Briefing;

/// <summary>
/// The time profile of dated incidents: one pass over the period's slice of an <see cref="IncidentIndex"/> into fixed
/// arrays (a million incidents in a few milliseconds), then the event comparisons from a count per day.
/// </summary>
public static class TimeProfile
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static TimeProfileResult Compute(IncidentIndex incidents, TimeProfileRequest request)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(request);
        if (request.To < request.From) throw new ArgumentException($"The period ends ({request.To:yyyy-MM-dd}) before it starts ({request.From:yyyy-MM-dd}).", nameof(request));
        var selected = incidents.SelectCategories(request.Categories);
        var (start, end) = incidents.Days(request.From, request.To);
        var byHour = new int[24];
        var byWeekdayHour = new int[7 * 24];
        var byMonth = new int[12];
        var dayCounts = new int[request.To.DayNumber - request.From.DayNumber + 1];
        int total = 0, unknown = 0, inWindow = 0;
        var window = request.Window;
        var minutes = incidents.Minute;
        var timed = incidents.Timed;
        var category = incidents.Category;
        var firstDay = request.From.DayNumber;
        long day = -1;
        int month = 0, weekday = 0;
        for (var i = start; i < end; i++)
        {
            if (!selected[category[i]]) continue;
            var key = minutes[i];
            var d = key / IncidentIndex.MinutesPerDay;
            if (d != day)
            {
                // Incidents are sorted by time, so the day changes rarely: the month is worked out once per day.
                day = d;
                month = DateOnly.FromDayNumber((int)d).Month - 1;
                weekday = (int)(d % 7); // day number 0 (1 January 0001) was a Monday
            }
            total++;
            byMonth[month]++;
            dayCounts[d - firstDay]++;
            if (!timed[i])
            {
                unknown++;
                continue;
            }
            var minute = (int)(key - d * IncidentIndex.MinutesPerDay);
            var hour = minute / 60;
            byHour[hour]++;
            byWeekdayHour[weekday * 24 + hour]++;
            if (window is { } w && w.ContainsMinute(minute)) inWindow++;
        }
        var timedCount = total - unknown;
        WindowShare? share = window is { } win
            ? new WindowShare(win.From.ToString("HH:mm", CultureInfo.InvariantCulture), win.To.ToString("HH:mm", CultureInfo.InvariantCulture), inWindow, timedCount,
                timedCount == 0 ? null : (double)inWindow / timedCount)
            : null;
        var events = CompareEvents(request, dayCounts);
        var names = incidents.Categories.Where((_, c) => selected[c]).ToList();
        var rows = Enumerable.Range(0, 7).Select(r => (IReadOnlyList<int>)byWeekdayHour.AsSpan(r * 24, 24).ToArray()).ToList();
        var result = new TimeProfileResult(request.From, request.To, names, total, unknown, byHour, rows, byMonth, share, events, []);
        return result with { Findings = Findings(request, result, names, incidents.Categories.Count) };
    }

    private static List<EventComparison> CompareEvents(TimeProfileRequest request, int[] dayCounts)
    {
        var comparisons = new List<EventComparison>();
        if (request.Events.Count == 0) return comparisons;
        var first = request.From.DayNumber;
        var last = request.To.DayNumber;
        // Every day any listed event touches, from a year before to a year after, so that no comparison run lands on
        // another event (Halloween is a week before Bonfire Night) or a holiday.
        var eventDays = new HashSet<int>();
        foreach (var e in request.Events)
        {
            foreach (var (f, t) in e.OccurrencesWithin(request.From.AddDays(-400), request.To.AddDays(400)))
            {
                for (var d = f.DayNumber; d <= t.DayNumber; d++) eventDays.Add(d);
            }
        }
        foreach (var e in request.Events)
        {
            foreach (var (f, t) in e.OccurrencesWithin(request.From, request.To))
            {
                var observed = Sum(dayCounts, f.DayNumber - first, t.DayNumber - first);
                var length = t.DayNumber - f.DayNumber + 1;
                var step = (length + 6) / 7 * 7; // the run shifted by whole weeks, at least its own length, so runs never overlap
                var runs = new List<int>();
                for (var k = 1; k <= request.ComparisonRunsEachSide; k++)
                {
                    foreach (var shift in (int[])[-k * step, k * step])
                    {
                        int a = f.DayNumber + shift, b = t.DayNumber + shift;
                        if (a < first || b > last) continue;
                        var clear = true;
                        for (var d = a; d <= b && clear; d++) clear = !eventDays.Contains(d);
                        if (clear) runs.Add(Sum(dayCounts, a - first, b - first));
                    }
                }
                double? expected = runs.Count >= 2 ? runs.Average() : null;
                double? ratio = expected is > 0 ? observed / expected.Value : null;
                double? p = expected is { } m ? PoissonTail.AtLeast(observed, m) : null;
                comparisons.Add(new EventComparison(e.Name, f, t, observed, expected, runs.Count, ratio, p));
            }
        }
        return comparisons;
    }

    private static int Sum(int[] counts, int from, int to)
    {
        var sum = 0;
        for (var i = from; i <= to; i++) sum += counts[i];
        return sum;
    }

    private static List<string> Findings(TimeProfileRequest request, TimeProfileResult r, List<string> names, int categoriesHeld)
    {
        var findings = new List<string>();
        var label = request.Label ?? (names.Count == 1 ? names[0] : names.Count == categoriesHeld ? "incidents" : string.Join(", ", names));
        if (r.Total == 0)
        {
            findings.Add(string.Create(EnGb, $"No {label} were recorded from {r.From:d MMMM yyyy} to {r.To:d MMMM yyyy}."));
            return findings;
        }
        var timed = r.Total - r.UnknownTime;
        if (r.Window is { Share: { } share } w)
        {
            findings.Add(string.Create(EnGb,
                $"{Percent(share)} of {label} happened between {w.From} and {w.To} ({w.Count:N0} of {timed:N0} with a recorded time)."));
        }
        if (timed > 0)
        {
            var peak = IndexOfMax(r.ByHour);
            findings.Add(string.Create(EnGb,
                $"The busiest hour was {peak:00}:00-{(peak + 1) % 24:00}:00 ({r.ByHour[peak]:N0}, {Percent((double)r.ByHour[peak] / timed)} of those with a time)."));
            var cells = r.ByWeekdayHour.SelectMany((row, d) => row.Select((count, h) => (count, d, h))).MaxBy(c => c.count);
            findings.Add(string.Create(EnGb,
                $"The busiest day and hour was {DayName(cells.d)} {cells.h:00}:00-{(cells.h + 1) % 24:00}:00 ({cells.count:N0})."));
        }
        if (r.UnknownTime > 0)
        {
            findings.Add(string.Create(EnGb,
                $"{r.UnknownTime:N0} of {r.Total:N0} ({Percent((double)r.UnknownTime / r.Total)}) have no recorded time and are left out of the counts by hour."));
        }
        // A month of the year is only comparable when the period holds every month the same number of times.
        var months = (r.To.Year - r.From.Year) * 12 + r.To.Month - r.From.Month + 1;
        if (months >= 12 && months % 12 == 0 && r.From.Day == 1 && r.To.AddDays(1).Day == 1)
        {
            var high = IndexOfMax(r.ByMonth);
            var low = r.ByMonth.Select((c, i) => (c, i)).MinBy(m => m.c).i;
            findings.Add(string.Create(EnGb,
                $"Most fell in {MonthName(high)} ({r.ByMonth[high]:N0}) and fewest in {MonthName(low)} ({r.ByMonth[low]:N0})."));
        }
        foreach (var e in r.Events)
        {
            var when = e.From == e.To ? string.Create(EnGb, $"{e.From:d MMM yyyy}") : string.Create(EnGb, $"{e.From:d MMM} to {e.To:d MMM yyyy}");
            if (e.Expected is not { } expected)
            {
                findings.Add(string.Create(EnGb, $"{e.Event} ({when}): {e.Observed:N0}; too few comparable weeks in the period to say what is usual."));
                continue;
            }
            var verdict = e.PValue < 0.05 ? "more than usual" : e.Observed < expected ? "no more than usual" : "not clearly more than usual";
            findings.Add(string.Create(EnGb,
                $"{e.Event} ({when}): {e.Observed:N0} against {expected:N1} on the same days of {e.ComparisonRuns} other weeks, {verdict}{(e.Ratio is { } x ? $" ({x:N1} times)" : "")}."));
        }
        return findings;
    }

    private static string Percent(double share) => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", EnGb) + "%";

    private static int IndexOfMax(IReadOnlyList<int> values)
    {
        var best = 0;
        for (var i = 1; i < values.Count; i++) if (values[i] > values[best]) best = i;
        return best;
    }

    private static string DayName(int mondayFirst) => EnGb.DateTimeFormat.GetDayName((DayOfWeek)((mondayFirst + 1) % 7));

    private static string MonthName(int index) => EnGb.DateTimeFormat.GetMonthName(index + 1);
}
