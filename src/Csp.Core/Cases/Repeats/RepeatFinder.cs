using System.Runtime.InteropServices;

namespace Csp.Core.Cases.Repeats;

/// <summary>
/// Finds repeat victims, locations or callers (<see cref="RepeatRule"/>) across incidents: keys are numbered, each
/// incident packed with its key into one 64-bit value and the values sorted, then one sliding window passes over each
/// key's dates. O(n log n) and a few allocations: a million incidents take a fraction of a second.
/// </summary>
public static class RepeatFinder
{
    /// <summary>The keys that meet <paramref name="rule"/>, most incidents in a window first, then by key (ordinal).</summary>
    /// <param name="incidents">Incidents with an empty key (no victim or location recorded) are ignored.</param>
    /// <param name="asOf">When given, incidents after it are ignored and <see cref="RepeatFinding.InCurrentWindow"/> counts
    /// the window ending on it.</param>
    public static IReadOnlyList<RepeatFinding> Find(IReadOnlyList<KeyedIncident> incidents, RepeatRule rule, RepeatKind kind, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(rule);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var packed = new long[incidents.Count];
        var n = 0;
        var last = asOf?.DayNumber ?? int.MaxValue;
        for (var i = 0; i < incidents.Count; i++)
        {
            var incident = incidents[i];
            if (string.IsNullOrEmpty(incident.Key) || incident.Date.DayNumber > last) continue;
            // One hash look-up per incident, adding the key when it is new.
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, incident.Key, out var known);
            if (!known)
            {
                id = names.Count;
                names.Add(incident.Key);
            }
            packed[n++] = Pack(id, incident.Date.DayNumber);
        }
        var findings = Find(packed.AsSpan(0, n), rule, asOf);
        var result = new List<RepeatFinding>(findings.Count);
        foreach (var f in findings)
        {
            result.Add(new RepeatFinding(kind, names[f.Key], f.Incidents, f.MostInWindow, f.WindowFrom, f.WindowTo, f.FirstReachedOn, f.InCurrentWindow));
        }
        result.Sort((a, b) => a.MostInWindow != b.MostInWindow ? b.MostInWindow.CompareTo(a.MostInWindow) : string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    /// <summary>The same over keys already numbered (a database id): the fast path for storage, no strings involved.</summary>
    public static IReadOnlyList<NumberedRepeat> Find(ReadOnlySpan<int> keys, ReadOnlySpan<DateOnly> dates, RepeatRule rule, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (keys.Length != dates.Length) throw new ArgumentException($"{keys.Length} keys but {dates.Length} dates.", nameof(dates));
        var packed = new long[keys.Length];
        var n = 0;
        var last = asOf?.DayNumber ?? int.MaxValue;
        for (var i = 0; i < keys.Length; i++)
        {
            if (dates[i].DayNumber <= last) packed[n++] = Pack(keys[i], dates[i].DayNumber);
        }
        return Find(packed.AsSpan(0, n), rule, asOf);
    }

    // The key in the high 32 bits (offset so that negative ids sort too), the day number in the low 32: sorting the longs
    // sorts by key, then date.
    private static long Pack(int key, int dayNumber) => ((long)((uint)key ^ 0x8000_0000u) << 32) | (uint)dayNumber;

    private static int KeyOf(long packed) => (int)((uint)(packed >> 32) ^ 0x8000_0000u);

    private static int DayOf(long packed) => (int)(uint)packed;

    private static List<NumberedRepeat> Find(Span<long> packed, RepeatRule rule, DateOnly? asOf)
    {
        packed.Sort();
        var findings = new List<NumberedRepeat>();
        var months = rule.WindowMonths;
        var minimum = rule.MinimumIncidents;
        var start = 0;
        while (start < packed.Length)
        {
            var key = KeyOf(packed[start]);
            var end = start + 1;
            while (end < packed.Length && KeyOf(packed[end]) == key) end++;
            if (end - start >= minimum) Window(packed[start..end], key, months, minimum, asOf, findings);
            start = end;
        }
        return findings;
    }

    private static void Window(Span<long> group, int key, int months, int minimum, DateOnly? asOf, List<NumberedRepeat> findings)
    {
        var left = 0;
        var limit = WindowEnd(DayOf(group[0]), months); // first day number outside the window starting at group[left]
        int most = 0, mostFrom = 0, mostTo = 0, firstReached = -1;
        for (var right = 0; right < group.Length; right++)
        {
            var day = DayOf(group[right]);
            while (day >= limit)
            {
                left++;
                limit = WindowEnd(DayOf(group[left]), months);
            }
            var count = right - left + 1;
            if (count > most)
            {
                most = count;
                mostFrom = left;
                mostTo = right;
            }
            if (firstReached < 0 && count >= minimum) firstReached = right;
        }
        if (firstReached < 0) return;
        // The window ending on the as-of date (or the last incident): incidents whose own window still covers that day.
        var end = asOf?.DayNumber ?? DayOf(group[^1]);
        var current = 0;
        for (var i = group.Length - 1; i >= 0 && WindowEnd(DayOf(group[i]), months) > end; i--) current++;
        findings.Add(new NumberedRepeat(key, group.Length, most, DateOnly.FromDayNumber(DayOf(group[mostFrom])),
            DateOnly.FromDayNumber(DayOf(group[mostTo])), DateOnly.FromDayNumber(DayOf(group[firstReached])), current));
    }

    private static int WindowEnd(int dayNumber, int months) => DateOnly.FromDayNumber(dayNumber).AddMonths(months).DayNumber;
}
