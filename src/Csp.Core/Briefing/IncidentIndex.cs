using Csp.Core.Geometry;

namespace Csp.Core.Briefing;

/// <summary>
/// Dated incidents held as parallel arrays sorted by when they happened, so that a period is found by binary search and
/// read in one pass (a day of a district out of millions of incidents in microseconds). Build one with
/// <see cref="IncidentIndexBuilder"/>; it does not change afterwards and may be shared between threads.
/// </summary>
/// <remarks>
/// Time is UK local wall-clock time in whole minutes: <c>key = date.DayNumber × 1440 + minute of the day</c>. An
/// incident recorded with a date and no time is placed at 00:00 of its day and flagged untimed: windows that start and
/// end at any minute then still partition incidents (each falls in exactly one of consecutive briefings), and the time
/// profile leaves untimed incidents out of its clock counts and counts them as unknown time.
/// </remarks>
public sealed class IncidentIndex
{
    internal IncidentIndex(long[] minute, bool[] timed, int[] category, double[] x, double[] y, int[] place, int[] location, int[] victim,
        string[] id, string[] categories, string[] places, string[] locationKeys, string[] victimKeys)
    {
        Minute = minute;
        Timed = timed;
        Category = category;
        X = x;
        Y = y;
        Place = place;
        Location = location;
        Victim = victim;
        Id = id;
        Categories = categories;
        Places = places;
        LocationKeys = locationKeys;
        VictimKeys = victimKeys;
    }

    public const int MinutesPerDay = 1440;

    internal long[] Minute { get; }

    internal bool[] Timed { get; }

    /// <summary>Index into <see cref="Categories"/>.</summary>
    internal int[] Category { get; }

    internal double[] X { get; }

    internal double[] Y { get; }

    /// <summary>Index into <see cref="Places"/>, or -1 when the incident was given no place.</summary>
    internal int[] Place { get; }

    /// <summary>Index into <see cref="LocationKeys"/>, or -1.</summary>
    internal int[] Location { get; }

    /// <summary>Index into <see cref="VictimKeys"/>, or -1.</summary>
    internal int[] Victim { get; }

    internal string[] Id { get; }

    public int Count => Minute.Length;

    /// <summary>The categories as first seen (one spelling each; matched without regard to case).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The places incidents were given (a ward or LSOA code or name): what the briefing counts by and emerging hot spots can test.</summary>
    public IReadOnlyList<string> Places { get; }

    public IReadOnlyList<string> LocationKeys { get; }

    public IReadOnlyList<string> VictimKeys { get; }

    /// <summary>The first and last day held, or null when empty.</summary>
    public (DateOnly First, DateOnly Last)? Span => Count == 0 ? null
        : (DateOnly.FromDayNumber((int)(Minute[0] / MinutesPerDay)), DateOnly.FromDayNumber((int)(Minute[^1] / MinutesPerDay)));

    public static long KeyOf(DateOnly date, int minuteOfDay = 0) => (long)date.DayNumber * MinutesPerDay + minuteOfDay;

    public static long KeyOf(DateTime localTime) => KeyOf(DateOnly.FromDateTime(localTime), localTime.Hour * 60 + localTime.Minute);

    public static DateTime TimeOf(long key) =>
        DateOnly.FromDayNumber((int)(key / MinutesPerDay)).ToDateTime(new TimeOnly((int)(key % MinutesPerDay / 60), (int)(key % 60)));

    /// <summary>The position of the first incident at or after <paramref name="key"/> (Count when none): the lower bound.</summary>
    public int FirstAtOrAfter(long key)
    {
        int lo = 0, hi = Minute.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (Minute[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Positions [start, end) of incidents from <paramref name="from"/> (included) to <paramref name="until"/> (excluded), UK local time.</summary>
    public (int Start, int End) Between(DateTime from, DateTime until) => (FirstAtOrAfter(KeyOf(from)), FirstAtOrAfter(KeyOf(until)));

    /// <summary>Positions of the days <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public (int Start, int End) Days(DateOnly from, DateOnly to) => (FirstAtOrAfter(KeyOf(from)), FirstAtOrAfter(KeyOf(to.AddDays(1))));

    /// <summary>
    /// A flag per category for the names given (compared without regard to case); null selects every category.
    /// Names the index does not hold select nothing.
    /// </summary>
    public bool[] SelectCategories(IReadOnlyCollection<string>? names)
    {
        var selected = new bool[Categories.Count];
        for (var c = 0; c < selected.Length; c++)
        {
            selected[c] = names is null || names.Count == 0 || names.Contains(Categories[c], StringComparer.OrdinalIgnoreCase);
        }
        return selected;
    }

    public PlanarPoint PointAt(int position) => new(X[position], Y[position]);

    public DateTime TimeAt(int position) => TimeOf(Minute[position]);

    public bool IsTimed(int position) => Timed[position];

    public string IdAt(int position) => Id[position];

    public string CategoryAt(int position) => Categories[Category[position]];

    public string? PlaceAt(int position) => Place[position] < 0 ? null : Places[Place[position]];
}
