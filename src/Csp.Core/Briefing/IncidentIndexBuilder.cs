using Csp.Core.Incidents;

namespace Csp.Core.Briefing;

/// <summary>
/// Collects incidents (in any order) and builds an <see cref="IncidentIndex"/>. Repeated strings (categories, places,
/// location and victim keys) are stored once each.
/// </summary>
public sealed class IncidentIndexBuilder
{
    private readonly List<long> _minute = [];
    private readonly List<bool> _timed = [];
    private readonly List<int> _category = [];
    private readonly List<double> _x = [];
    private readonly List<double> _y = [];
    private readonly List<int> _place = [];
    private readonly List<int> _location = [];
    private readonly List<int> _victim = [];
    private readonly List<string> _id = [];
    private readonly Vocabulary _categories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Vocabulary _places = new(StringComparer.Ordinal);
    private readonly Vocabulary _locations = new(StringComparer.Ordinal);
    private readonly Vocabulary _victims = new(StringComparer.Ordinal);

    public int Count => _minute.Count;

    /// <param name="time">Null when the source recorded only the day.</param>
    /// <param name="place">The area the incident is counted in (a ward or LSOA), or null.</param>
    /// <param name="locationKey">The source's key for the address or premises (what repeat locations are counted by), or null.</param>
    /// <param name="victimKey">A pseudonymised victim or caller key (never a name), or null.</param>
    public IncidentIndexBuilder Add(string id, DateOnly date, TimeOnly? time, string category, double x, double y,
        string? place = null, string? locationKey = null, string? victimKey = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        _minute.Add(IncidentIndex.KeyOf(date, time is { } t ? t.Hour * 60 + t.Minute : 0));
        _timed.Add(time is not null);
        _category.Add(_categories.IdOf(category));
        _x.Add(x);
        _y.Add(y);
        _place.Add(string.IsNullOrEmpty(place) ? -1 : _places.IdOf(place));
        _location.Add(string.IsNullOrEmpty(locationKey) ? -1 : _locations.IdOf(locationKey));
        _victim.Add(string.IsNullOrEmpty(victimKey) ? -1 : _victims.IdOf(victimKey));
        _id.Add(id);
        return this;
    }

    /// <summary>An imported record; its location key is the source's <c>location_key</c> (repeat locations need one).</summary>
    public IncidentIndexBuilder Add(IncidentRecord record, string? place = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Add(record.IncidentId, record.Date, record.Time, record.Category, record.X, record.Y, place, record.LocationKey, record.VictimKey);
    }

    public IncidentIndex Build()
    {
        var n = _minute.Count;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        var keys = _minute.ToArray();
        Array.Sort(keys, order);
        // Incidents in the same minute keep the order they were added in, so that results never depend on the sort's internals.
        for (int start = 0, end; start < n; start = end)
        {
            for (end = start + 1; end < n && keys[end] == keys[start]; end++) { }
            if (end - start > 1) Array.Sort(order, start, end - start);
        }
        T[] Ordered<T>(List<T> source)
        {
            var result = new T[n];
            for (var i = 0; i < n; i++) result[i] = source[order[i]];
            return result;
        }
        return new IncidentIndex(Ordered(_minute), Ordered(_timed), Ordered(_category), Ordered(_x), Ordered(_y), Ordered(_place),
            Ordered(_location), Ordered(_victim), Ordered(_id), _categories.ToArray(), _places.ToArray(), _locations.ToArray(), _victims.ToArray());
    }

    private sealed class Vocabulary(StringComparer comparer)
    {
        private readonly Dictionary<string, int> _ids = new(comparer);
        private readonly List<string> _names = [];

        public int IdOf(string name)
        {
            if (_ids.TryGetValue(name, out var id)) return id;
            id = _names.Count;
            _ids.Add(name, id);
            _names.Add(name);
            return id;
        }

        public string[] ToArray() => [.. _names];
    }
}
