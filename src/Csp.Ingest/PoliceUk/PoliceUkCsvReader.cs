using System.Buffers.Text;
using System.Text;
using Csp.Core.Imports;
using Csp.Core.Periods;
using Csp.Core.PoliceUk;
using Csp.Ingest.Csv;

namespace Csp.Ingest.PoliceUk;

/// <summary>
/// Streams the rows of a data.police.uk street-level CSV as <see cref="StreetRecord"/>s. Bad rows are quarantined with
/// their line, field and reason and do not stop the good ones.
/// </summary>
public sealed class PoliceUkCsvReader : IDisposable
{
    public const string Description = "a data.police.uk street-level CSV";

    /// <summary>The columns a row cannot be understood without. "Crime ID", "Last outcome category" and "Context" may be absent.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns =
        ["Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Crime type"];

    private readonly CsvInput _csv;
    private readonly StringPool _pool;
    private readonly YearMonth _currentMonth;
    private readonly bool _crimeIdAsUtf8;
    private byte[] _crimeIdBytes = new byte[128];
    private int _crimeIdLength = -1;
    // The last good month and LSOA code, by the pooled string read: a file repeats them from row to row.
    private string? _lastMonthText;
    private YearMonth _lastMonth;
    private string? _lastLsoaCode;
    private int _crimeId, _month, _reportedBy, _fallsWithin, _longitude, _latitude, _location, _lsoaCode, _lsoaName, _crimeType, _outcome, _context;

    /// <param name="crimeIdAsUtf8">
    /// Leave <see cref="StreetRecord.CrimeId"/> null and give the crime ID as <see cref="CrimeIdUtf8"/> instead: a bulk
    /// writer copies its bytes without a string per row (crime IDs are unique, so they cannot be pooled).
    /// </param>
    public PoliceUkCsvReader(Stream stream, string fileName, YearMonth currentMonth, StringPool? pool = null, bool crimeIdAsUtf8 = false)
    {
        // police.uk files always end with a line break: a last row without one has lost its end.
        _csv = new CsvInput(stream, fileName) { RequireFinalLineBreak = true };
        _pool = pool ?? new StringPool();
        _currentMonth = currentMonth;
        _crimeIdAsUtf8 = crimeIdAsUtf8;
    }

    public string FileName => _csv.FileName;

    /// <summary>Data rows read so far, good and bad (the header is not a row).</summary>
    public long RowsRead { get; private set; }

    public long RowsQuarantined { get; private set; }

    public ImportIssue? FileError => _csv.FileError;

    /// <summary>
    /// The crime ID of the record just read, as UTF-8 with surrounding white space removed, when the reader was made with
    /// <c>crimeIdAsUtf8</c>; empty for a row without one (ASB). Valid until the next <see cref="TryRead"/>.
    /// </summary>
    public ReadOnlySpan<byte> CrimeIdUtf8 => _crimeIdLength < 0 ? default : _crimeIdBytes.AsSpan(0, _crimeIdLength);

    /// <summary>Set when the data breaks off (truncated or corrupt compressed data, a last line cut short): the rows before it are good.</summary>
    public bool Truncated => _csv.Truncated;

    /// <summary>Reads and checks the header. False when the file cannot be read at all; <see cref="FileError"/> says why.</summary>
    public bool Open()
    {
        if (!_csv.ReadHeader(RequiredColumns, Description)) return false;
        _crimeId = _csv.Column("Crime ID");
        _month = _csv.Column("Month");
        _reportedBy = _csv.Column("Reported by");
        _fallsWithin = _csv.Column("Falls within");
        _longitude = _csv.Column("Longitude");
        _latitude = _csv.Column("Latitude");
        _location = _csv.Column("Location");
        _lsoaCode = _csv.Column("LSOA code");
        _lsoaName = _csv.Column("LSOA name");
        _crimeType = _csv.Column("Crime type");
        _outcome = _csv.Column("Last outcome category");
        _context = _csv.Column("Context");
        return true;
    }

    /// <summary>The next good row; false at the end of the file (or where the compressed data breaks off).</summary>
    public bool TryRead(out StreetRecord record)
    {
        record = default;
        while (true)
        {
            var issuesBefore = _csv.Issues.Count;
            var more = _csv.ReadRow();
            // Rows with the wrong number of fields were quarantined inside ReadRow (a truncation notice is not a row).
            var skipped = _csv.Issues.Skip(issuesBefore).Count(i => i.Line > 0);
            RowsRead += skipped;
            RowsQuarantined += skipped;
            if (!more) return false;
            RowsRead++;
            if (TryParse(out record)) return true;
            RowsQuarantined++;
        }
    }

    public List<ImportIssue> TakeIssues() => _csv.TakeIssues();

    private bool TryParse(out StreetRecord record)
    {
        record = default;
        string? crimeId = null;
        _crimeIdLength = -1;
        if (_crimeId >= 0)
        {
            if (_crimeIdAsUtf8)
            {
                if (!TryCrimeIdUtf8()) return false;
            }
            else
            {
                if (!_csv.TryText(_crimeId, "Crime ID", null, out var id)) return false;
                crimeId = id.Length == 0 ? null : id;
            }
        }
        if (!_csv.TryText(_month, "Month", _pool, out var monthText)) return false;
        if (!ReferenceEquals(monthText, _lastMonthText))
        {
            if (!YearMonth.TryParse(monthText, out var parsed))
            {
                _csv.Quarantine("Month", monthText.Length == 0 ? "the month is missing." : $"'{monthText}' is not a month in the form yyyy-MM.");
                return false;
            }
            if (!StreetRecordRules.IsPlausibleMonth(parsed, _currentMonth))
            {
                _csv.Quarantine("Month", $"{parsed} is impossible for police.uk data, which runs from {StreetRecordRules.FirstPublishedMonth} to this month ({_currentMonth}).");
                return false;
            }
            (_lastMonthText, _lastMonth) = (monthText, parsed);
        }
        var month = _lastMonth;
        if (!_csv.TryText(_reportedBy, "Reported by", _pool, out var reportedBy)) return false;
        if (reportedBy.Length == 0)
        {
            _csv.Quarantine("Reported by", "the reporting force is missing.");
            return false;
        }
        if (!_csv.TryText(_fallsWithin, "Falls within", _pool, out var fallsWithin)) return false;
        if (fallsWithin.Length == 0) fallsWithin = reportedBy;
        if (!TryCoordinate(_longitude, "Longitude", out var longitude)) return false;
        if (!TryCoordinate(_latitude, "Latitude", out var latitude)) return false;
        if (longitude.HasValue != latitude.HasValue)
        {
            _csv.Quarantine(longitude.HasValue ? "Latitude" : "Longitude", "only one of longitude and latitude is given.");
            return false;
        }
        if (longitude is { } lon && latitude is { } lat && !StreetRecordRules.IsPlausibleCoordinate(lon, lat))
        {
            _csv.Quarantine(lon is < StreetRecordRules.MinLongitude or > StreetRecordRules.MaxLongitude ? "Longitude" : "Latitude",
                $"({lon.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {lat.ToString(System.Globalization.CultureInfo.InvariantCulture)}) is not in the United Kingdom: impossible coordinate.");
            return false;
        }
        if (!_csv.TryText(_location, "Location", _pool, out var location)) return false;
        if (!_csv.TryText(_lsoaCode, "LSOA code", _pool, out var lsoaCode)) return false;
        if (lsoaCode.Length > 0 && !ReferenceEquals(lsoaCode, _lastLsoaCode))
        {
            if (!Core.Areas.AreaCode.IsWellFormed(lsoaCode))
            {
                _csv.Quarantine("LSOA code", $"'{lsoaCode}' is not an ONS LSOA code (a letter and eight digits, e.g. E01024102).");
                return false;
            }
            _lastLsoaCode = lsoaCode;
        }
        if (!_csv.TryText(_lsoaName, "LSOA name", _pool, out var lsoaName)) return false;
        if (!_csv.TryText(_crimeType, "Crime type", _pool, out var crimeType)) return false;
        if (crimeType.Length == 0)
        {
            _csv.Quarantine("Crime type", "the crime type is missing.");
            return false;
        }
        string? outcome = null, context = null;
        if (_outcome >= 0)
        {
            if (!_csv.TryText(_outcome, "Last outcome category", _pool, out var o)) return false;
            outcome = o.Length == 0 ? null : o;
        }
        if (_context >= 0)
        {
            if (!_csv.TryText(_context, "Context", null, out var c)) return false;
            context = c.Length == 0 ? null : c;
        }
        record = new StreetRecord(_csv.Line, crimeId, month, reportedBy, fallsWithin, longitude, latitude,
            location.Length == 0 ? null : location, lsoaCode.Length == 0 ? null : lsoaCode, lsoaName.Length == 0 ? null : lsoaName,
            crimeType, outcome, context);
        return true;
    }

    /// <summary>The crime ID's bytes as <see cref="CsvInput.TryText"/> would give its text: checked as UTF-8 and trimmed.</summary>
    private bool TryCrimeIdUtf8()
    {
        var bytes = _csv.Bytes(_crimeId);
        if (Ascii.IsValid(bytes) && !bytes.Contains((byte)0))
        {
            // ASCII white space is all that string.Trim removes from ASCII text.
            Keep(bytes.Trim(" \t\n\v\f\r"u8));
            return true;
        }
        if (!_csv.TryText(_crimeId, "Crime ID", null, out var id)) return false;
        var n = Encoding.UTF8.GetByteCount(id);
        if (_crimeIdBytes.Length < n) _crimeIdBytes = new byte[n * 2];
        _crimeIdLength = Encoding.UTF8.GetBytes(id, _crimeIdBytes);
        return true;

        void Keep(ReadOnlySpan<byte> trimmed)
        {
            if (_crimeIdBytes.Length < trimmed.Length) _crimeIdBytes = new byte[trimmed.Length * 2];
            trimmed.CopyTo(_crimeIdBytes);
            _crimeIdLength = trimmed.Length;
        }
    }

    private bool TryCoordinate(int column, string field, out double? value)
    {
        value = null;
        var bytes = _csv.Bytes(column).Trim(" "u8);
        if (bytes.IsEmpty) return true;
        if (DecimalDegrees.TryParse(bytes, out var exact))
        {
            value = exact;
            return true;
        }
        if (Utf8Parser.TryParse(bytes, out double d, out var consumed) && consumed == bytes.Length && double.IsFinite(d))
        {
            value = d;
            return true;
        }
        _csv.Quarantine(field, $"'{System.Text.Encoding.UTF8.GetString(bytes)}' is not a number of degrees.");
        return false;
    }

    public void Dispose() => _csv.Dispose();
}
