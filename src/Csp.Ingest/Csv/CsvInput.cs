using Csp.Core.Imports;

namespace Csp.Ingest.Csv;

/// <summary>
/// A CSV file with a header row, read row by row: maps column names to positions, decodes fields strictly as UTF-8, and
/// collects every problem as an <see cref="ImportIssue"/> (file, line, field) instead of throwing.
/// </summary>
/// <remarks>
/// Input that breaks off is <see cref="Truncated"/>: the stream failed part way (corrupt or cut-off compressed data), or the
/// last row has no line break after it and is short (fewer fields than the header, or inside quotes). With
/// <see cref="RequireFinalLineBreak"/> any last row without a line break counts as cut off (police.uk files always end
/// with one; ONS lookups and partner extracts often do not, so for them only a short last row tells).
/// </remarks>
internal sealed class CsvInput : IDisposable
{
    private readonly CsvRecordReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ImportIssue> _issues = [];
    private char[] _chars = new char[1024];
    // The last pooled value of each column, by its bytes: police.uk files are sorted by LSOA, so most rows repeat the
    // previous row's LSOA, force, month and often crime type, and a comparison with the previous bytes is cheaper
    // than a look-up in the pool.
    private byte[][] _lastBytes = [];
    private int[] _lastLength = [];
    private string?[] _lastText = [];

    public CsvInput(Stream stream, string fileName, byte delimiter = (byte)',')
    {
        FileName = fileName;
        _reader = new CsvRecordReader(stream, delimiter);
    }

    public string FileName { get; }

    /// <summary>The longest field kept as data, in bytes (UTF-8); a longer one quarantines its row. 4 KiB.</summary>
    /// <remarks>Street names, LSOA names and crime types are under 100 characters; police.uk's Context is empty in practice.</remarks>
    public const int MaxFieldBytes = 4_096;

    /// <summary>Take a last row without a line break after it as cut off, whatever its fields (police.uk files).</summary>
    public bool RequireFinalLineBreak { get; init; }

    /// <summary>Set when the data breaks off before its end; an issue at line 0 says where. The rows before it were read.</summary>
    public bool Truncated { get; private set; }

    private bool _lastRowCut;

    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Problems found so far. Callers may drain it with <see cref="TakeIssues"/> as they go.</summary>
    public IReadOnlyList<ImportIssue> Issues => _issues;

    /// <summary>Set when the file as a whole cannot be read (empty, binary, UTF-16, no header): no rows follow.</summary>
    public ImportIssue? FileError { get; private set; }

    public long Line => _reader.LineNumber;

    public int FieldCount => _reader.FieldCount;

    /// <summary>The last record read had no line break after it: the input ended part way through a line.</summary>
    public bool EndedWithoutLineBreak => _reader.EndedWithoutLineBreak;

    /// <summary>Reads the header row and checks that <paramref name="required"/> columns are present.</summary>
    /// <returns>False (with <see cref="FileError"/> set) when the file cannot be read as this kind of CSV.</returns>
    public bool ReadHeader(IReadOnlyList<string> required, string kindDescription)
    {
        bool any;
        try
        {
            any = _reader.Read();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            Truncated = true;
            FileError = new ImportIssue(FileName, 0, null, $"the file cannot be read: {e.Message} Is it truncated?");
            return false;
        }
        if (!any)
        {
            FileError = new ImportIssue(FileName, 0, null, "the file is empty: there is no header row and no data.");
            return false;
        }
        if (_reader.InputFailed && _reader.EndedWithoutLineBreak)
        {
            Truncated = true;
            FileError = new ImportIssue(FileName, 1, null, "the data breaks off in the first line (the header): the file is truncated or corrupt.");
            return false;
        }
        var prefix = _reader.Prefix;
        if (prefix.Length >= 2 && ((prefix[0] == 0xFF && prefix[1] == 0xFE) || (prefix[0] == 0xFE && prefix[1] == 0xFF)))
        {
            FileError = new ImportIssue(FileName, 1, null, "the file is UTF-16 encoded; save it as UTF-8 CSV and import it again.");
            return false;
        }
        if (HeaderHasNul() || ControlBytes(prefix) >= 4)
        {
            FileError = new ImportIssue(FileName, 0, null, $"this is not a CSV file (it contains binary data); expected {kindDescription}.");
            return false;
        }
        if (_reader.RecordTooLong)
        {
            FileError = new ImportIssue(FileName, 1, null,
                $"the first line is {_reader.RecordBytes:N0} bytes long, more than the {CsvRecordReader.MaxRecordBytes:N0} a line may have: this is not {kindDescription}.");
            return false;
        }
        var names = new string[_reader.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            // A byte order mark repeated (a file saved twice by a careless tool) is not part of the first column's name.
            names[i] = DecodeLenient(_reader.Field(i)).Trim().TrimStart('\uFEFF').Trim();
            _columns.TryAdd(names[i], i);
        }
        Header = names;
        var missing = required.Where(r => !_columns.ContainsKey(r)).ToList();
        if (missing.Count == required.Count && required.Count > 1)
        {
            FileError = new ImportIssue(FileName, 1, null, $"this is not {kindDescription}: none of the expected columns ({string.Join(", ", required)}) is in the header.");
            return false;
        }
        if (missing.Count > 0)
        {
            FileError = new ImportIssue(FileName, 1, missing[0],
                $"the header has no '{string.Join("', '", missing)}' column{(missing.Count > 1 ? "s" : "")}; the header read was: {string.Join(",", names)}");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Binary input (a workbook or archive saved as .csv, UTF-16 without a byte order mark) has NUL bytes in its first line.
    /// A NUL further down is damage to one row, which quarantines that row alone (<see cref="TryText"/>).
    /// </summary>
    private bool HeaderHasNul()
    {
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            if (_reader.Field(i).Contains((byte)0)) return true;
        }
        return false;
    }

    /// <summary>Bytes below 0x20 other than tab, line feed and carriage return: text has none; images, archives and random bytes many.</summary>
    private static int ControlBytes(ReadOnlySpan<byte> bytes)
    {
        var n = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r') n++;
        }
        return n;
    }

    /// <summary>The position of a column, or -1 when the header does not have it.</summary>
    public int Column(string name) => _columns.TryGetValue(name, out var i) ? i : -1;

    /// <summary>
    /// Moves to the next non-blank row. A row with the wrong number of fields, a line longer than
    /// <see cref="CsvRecordReader.MaxRecordBytes"/> or a field longer than <see cref="MaxFieldBytes"/> is quarantined here
    /// (with its line) and skipped. False at the end of the input, or where the data breaks off (<see cref="Truncated"/>).
    /// </summary>
    public bool ReadRow()
    {
        while (true)
        {
            bool more;
            try
            {
                more = _reader.Read();
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                Truncated = true;
                FileProblem(_lastRowCut
                    ? $"the data breaks off part way through line {_reader.LineNumber} ({e.Message}); the rows before it were read, the rest of the file is missing: is it truncated?"
                    : $"the data breaks off after line {Math.Max(_reader.LineNumber, 1)} ({e.Message}); the rows before it were read, the rest of the file is missing: is it truncated?");
                return false;
            }
            if (!more)
            {
                if (_lastRowCut && !Truncated)
                {
                    Truncated = true;
                    FileProblem($"the data breaks off part way through line {_reader.LineNumber} (there is no line break after it); the rows before it were read, the rest of the file is missing: is it truncated?");
                }
                return false;
            }
            if (_reader.InputFailed && _reader.EndedWithoutLineBreak)
            {
                // The last bytes before the input failed: whatever its fields, the row is cut.
                _lastRowCut = true;
                Quarantine(null, "the data breaks off part way through this line: the row is incomplete and the file is truncated.");
                continue;
            }
            if (_reader.RecordTooLong)
            {
                _lastRowCut = _reader.EndedWithoutLineBreak;
                Quarantine(null, $"the line is {_reader.RecordBytes:N0} bytes long, more than the {CsvRecordReader.MaxRecordBytes:N0} a line may have: it is not a row of this file (its first {CsvRecordReader.OversizedPrefixBytes:N0} bytes are kept here).");
                continue;
            }
            if (_reader.FieldCount == 1 && _reader.Field(0).IsEmpty) continue;
            var cut = _reader.EndedWithoutLineBreak;
            if (_reader.FieldCount != Header.Count || _reader.EndedInsideQuotes)
            {
                // A record cut inside quotes is incomplete even when the cut falls in the last column and the count is right.
                _lastRowCut = cut;
                var truncated = _reader.EndedInsideQuotes ? " (the file ends inside a quoted field: it looks truncated)" : "";
                Quarantine(null, _reader.FieldCount != Header.Count
                    ? $"expected {Header.Count} fields as in the header, found {_reader.FieldCount}{truncated}."
                    : "the file ends inside a quoted field: the row is incomplete and the file looks truncated.");
                continue;
            }
            _lastRowCut = cut && RequireFinalLineBreak;
            if (TooLongField() is { } tooLong)
            {
                Quarantine(tooLong < Header.Count ? Header[tooLong] : null,
                    $"the field is {_reader.Field(tooLong).Length:N0} bytes long, more than the {MaxFieldBytes:N0} a field may have.");
                continue;
            }
            return true;
        }
    }

    private int? TooLongField()
    {
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            if (_reader.FieldByteLength(i) > MaxFieldBytes && _reader.Field(i).Length > MaxFieldBytes) return i;
        }
        return null;
    }

    /// <summary>Decodes a field strictly. On invalid UTF-8 the row is quarantined and false returned.</summary>
    public bool TryText(int column, string fieldName, StringPool? pool, out string value)
    {
        var bytes = _reader.Field(column);
        if (pool is not null)
        {
            if (column < _lastText.Length && _lastText[column] is { } last && bytes.SequenceEqual(_lastBytes[column].AsSpan(0, _lastLength[column])))
            {
                value = last;
                return true;
            }
            if (pool.TryGet(bytes, out value))
            {
                RememberLast(column, bytes, value);
                return true;
            }
        }
        if (bytes.Contains((byte)0))
        {
            // Valid UTF-8, but no database stores it as text (PostgreSQL refuses it): binary damage, not a value.
            Quarantine(fieldName, $"the field contains a NUL byte (at position {bytes.IndexOf((byte)0) + 1}): binary data, not text.");
            value = string.Empty;
            return false;
        }
        if (_chars.Length < bytes.Length) _chars = new char[bytes.Length * 2];
        if (!Utf8Field.TryDecode(bytes, _chars, out var n))
        {
            var at = Utf8Field.FirstInvalidByte(bytes);
            var b = at >= 0 && at < bytes.Length ? bytes[at] : (byte)0;
            Quarantine(fieldName, $"the text is not valid UTF-8 (byte 0x{b:X2} at position {at + 1}); the file may be saved as Windows-1252 or Latin-1: save it as UTF-8.");
            value = string.Empty;
            return false;
        }
        var chars = _chars.AsSpan(0, n).Trim();
        if (pool is null)
        {
            value = chars.ToString();
            return true;
        }
        value = pool.Get(chars);
        pool.Remember(bytes, value);
        RememberLast(column, bytes, value);
        return true;
    }

    private void RememberLast(int column, ReadOnlySpan<byte> bytes, string value)
    {
        if (column >= _lastText.Length)
        {
            Array.Resize(ref _lastText, Math.Max(column + 1, Header.Count));
            Array.Resize(ref _lastBytes, _lastText.Length);
            Array.Resize(ref _lastLength, _lastText.Length);
        }
        var kept = _lastBytes[column];
        if (kept is null || kept.Length < bytes.Length) _lastBytes[column] = kept = new byte[Math.Max(64, bytes.Length * 2)];
        bytes.CopyTo(kept);
        _lastLength[column] = bytes.Length;
        _lastText[column] = value;
    }

    /// <summary>The field as raw bytes (for fast numeric parsing).</summary>
    public ReadOnlySpan<byte> Bytes(int column) => _reader.Field(column);

    /// <summary>Records a problem with the current row and keeps the row's text in the issue, so nothing is lost.</summary>
    public void Quarantine(string? field, string message) =>
        _issues.Add(new ImportIssue(FileName, _reader.LineNumber, field, message, _reader.RawRecord()));

    /// <summary>Records a problem with the file as a whole that does not stop its good rows (e.g. truncated compressed data).</summary>
    public void FileProblem(string message) => _issues.Add(new ImportIssue(FileName, 0, null, message));

    /// <summary>Returns the issues collected since the last call and forgets them (keeps memory flat on big files).</summary>
    public List<ImportIssue> TakeIssues()
    {
        var taken = new List<ImportIssue>(_issues);
        _issues.Clear();
        return taken;
    }

    private static string DecodeLenient(ReadOnlySpan<byte> bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    public void Dispose() => _reader.Dispose();
}
