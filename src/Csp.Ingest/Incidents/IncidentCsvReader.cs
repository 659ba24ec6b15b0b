using System.Globalization;
using Csp.Core.Geometry;
using Csp.Core.Imports;
using Csp.Core.Incidents;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Incidents;

/// <summary>
/// Reads incident records from a CSV with a header. Columns (any order, names case-insensitive): <c>id</c>, <c>date</c>,
/// <c>category</c>, and either <c>x</c>,<c>y</c> / <c>easting</c>,<c>northing</c> (metres) or <c>longitude</c>,<c>latitude</c>
/// (WGS84, converted to British National Grid); optional <c>time</c>, <c>location</c>, <c>victim_key</c>,
/// <c>location_key</c>, <c>domestic</c>, <c>hate</c>, <c>alcohol</c> (yes/no, true/false, y/n, 1/0, empty = not recorded).
/// The date column (also <c>occurred_on</c>, <c>incident_date</c>, <c>datetime</c>...) may carry the time, or a separate
/// <c>time</c> column gives it (and wins); the forms accepted, the day-first rule for slashed dates, offsets converted to
/// UK time and midnight read as "no time" are set out on <see cref="IncidentDateTime"/>.
/// A bad row is quarantined with its line and field; the good ones come through.
/// </summary>
public sealed class IncidentCsvReader : IDisposable
{
    public const string Description = "an incident CSV (id, date, category, and x,y or longitude,latitude)";

    private readonly CsvInput _csv;
    private readonly StringPool _pool = new();
    private readonly int _epsg;
    private int _id, _date, _time, _category, _x, _y, _location, _victim, _locationKey, _domestic, _hate, _alcohol;
    private string _dateName = "date", _timeName = "time";
    private bool _wgs84;

    /// <param name="epsg">The CRS of x,y columns (27700 British National Grid by default, or another projected CRS in metres).</param>
    public IncidentCsvReader(Stream stream, string fileName, int epsg = 27700)
    {
        _csv = new CsvInput(stream, fileName, delimiter: 0);
        _epsg = epsg;
    }

    public long RowsRead { get; private set; }

    public ImportIssue? FileError { get; private set; }

    public List<ImportIssue> TakeIssues() => _csv.TakeIssues();

    public bool Open()
    {
        if (!_csv.ReadHeader([], Description))
        {
            FileError = _csv.FileError;
            return false;
        }
        int Find(params string[] names) => names.Select(_csv.Column).FirstOrDefault(i => i >= 0, -1);
        // Quarantine reports name the column as the file has it, so the partner can find it.
        (int, string) FindNamed(params string[] names)
        {
            var i = Find(names);
            return (i, i >= 0 ? _csv.Header[i] : names[0]);
        }
        (_id, _category) = (Find("id", "incident_id", "reference"), Find("category", "type"));
        (_date, _dateName) = FindNamed("date", "occurred_on", "incident_date", "occurred_date", "datetime", "date_time", "occurred");
        (_time, _timeName) = FindNamed("time", "occurred_at", "incident_time", "occurred_time");
        (_location, _victim, _locationKey) = (Find("location"), Find("victim_key"), Find("location_key"));
        (_domestic, _hate, _alcohol) = (Find("domestic"), Find("hate"), Find("alcohol"));
        var missing = new[] { ("id", _id), ("date", _date), ("category", _category) }.FirstOrDefault(c => c.Item2 < 0).Item1;
        if (missing is not null)
        {
            FileError = new ImportIssue(_csv.FileName, 1, missing, $"this is not {Description}: the header has no '{missing}' column; the header read was: {string.Join(",", _csv.Header)}");
            return false;
        }
        (_x, _y) = (Find("x", "easting"), Find("y", "northing"));
        if (_x < 0 || _y < 0)
        {
            (_x, _y) = (Find("longitude", "lon"), Find("latitude", "lat"));
            _wgs84 = true;
        }
        if (_x < 0 || _y < 0)
        {
            FileError = new ImportIssue(_csv.FileName, 1, "x", "the header has no coordinates: give x,y (or easting,northing) in metres, or longitude,latitude.");
            return false;
        }
        return true;
    }

    public IEnumerable<IncidentRecord> Rows()
    {
        while (_csv.ReadRow())
        {
            RowsRead++;
            if (TryRow(out var record)) yield return record;
        }
    }

    private bool TryRow(out IncidentRecord record)
    {
        record = null!;
        if (!_csv.TryText(_id, "id", null, out var id)) return false;
        if (id.Length == 0)
        {
            _csv.Quarantine("id", "the incident has no id.");
            return false;
        }
        if (!_csv.TryText(_date, "date", null, out var dateText)) return false;
        if (!IncidentDateTime.TryParseDate(dateText, out var date, out var time, out var dateError))
        {
            _csv.Quarantine(_dateName, dateError);
            return false;
        }
        if (_time >= 0)
        {
            if (!_csv.TryText(_time, _timeName, _pool, out var timeText)) return false;
            if (timeText.Length > 0)
            {
                // A separate time column wins over a time in the date column.
                if (!IncidentDateTime.TryParseTime(timeText, out var t, out var timeError))
                {
                    _csv.Quarantine(_timeName, timeError);
                    return false;
                }
                time = t;
            }
        }
        if (!_csv.TryText(_category, "category", _pool, out var category)) return false;
        if (category.Length == 0)
        {
            _csv.Quarantine("category", "the category is missing.");
            return false;
        }
        var xName = _wgs84 ? "longitude" : "x";
        var yName = _wgs84 ? "latitude" : "y";
        if (!Number(_x, xName, out var x) || !Number(_y, yName, out var y)) return false;
        var epsg = _epsg;
        if (_wgs84)
        {
            if (x is < -180 or > 180 || y is < -90 or > 90)
            {
                _csv.Quarantine(x is < -180 or > 180 ? xName : yName, $"({x.ToString(CultureInfo.InvariantCulture)}, {y.ToString(CultureInfo.InvariantCulture)}) is not a longitude and latitude.");
                return false;
            }
            var p = BritishNationalGrid.FromWgs84(x, y);
            (x, y, epsg) = (p.X, p.Y, 27700);
        }
        if (epsg == 27700 && (x is < -100_000 or > 800_000 || y is < -100_000 or > 1_400_000))
        {
            _csv.Quarantine(xName, $"({x.ToString(CultureInfo.InvariantCulture)}, {y.ToString(CultureInfo.InvariantCulture)}) is not on the British National Grid: impossible coordinate (is it another CRS? give --crs).");
            return false;
        }
        string? Optional(int column, string name)
        {
            if (column < 0) return null;
            return _csv.TryText(column, name, _pool, out var v) && v.Length > 0 ? v : null;
        }
        if (!Flag(_domestic, "domestic", out var domestic) || !Flag(_hate, "hate", out var hate) || !Flag(_alcohol, "alcohol", out var alcohol)) return false;
        record = new IncidentRecord(id, _csv.Line, date, time, category, epsg, x, y,
            Optional(_location, "location"), Optional(_victim, "victim_key"), Optional(_locationKey, "location_key"), domestic, hate, alcohol);
        return true;
    }

    private bool Number(int column, string name, out double value)
    {
        if (!_csv.TryText(column, name, null, out var text)) { value = 0; return false; }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)) return true;
        _csv.Quarantine(name, text.Length == 0 ? "the coordinate is missing." : $"'{text}' is not a number.");
        return false;
    }

    private bool Flag(int column, string name, out bool? value)
    {
        value = null;
        if (column < 0) return true;
        if (!_csv.TryText(column, name, _pool, out var text)) return false;
        switch (text.ToUpperInvariant())
        {
            case "": return true;
            case "Y" or "YES" or "TRUE" or "1": value = true; return true;
            case "N" or "NO" or "FALSE" or "0": value = false; return true;
            default:
                _csv.Quarantine(name, $"'{text}' is not yes or no.");
                return false;
        }
    }

    public void Dispose() => _csv.Dispose();
}
