using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text;

namespace Csp.Ingest.Csv;

/// <summary>
/// A forward-only RFC 4180 reader over UTF-8 bytes: fields are handed out as byte spans, so a caller decodes only what it keeps.
/// </summary>
/// <remarks>
/// Accepts CRLF, LF or a lone CR as the record separator, quoted fields with doubled quotes and embedded line breaks,
/// a UTF-8 byte order mark, and a last record with no line break. <see cref="LineNumber"/> is the physical line where the
/// current record starts (1-based), counting line breaks inside quoted fields, so errors point at what an editor shows.
/// A record (a line, with any line breaks inside its quotes) longer than <see cref="MaxRecordBytes"/> is not buffered: it
/// is passed over to its end and handed out as <see cref="RecordTooLong"/>, so memory stays bounded whatever the input.
/// </remarks>
public sealed class CsvRecordReader : IDisposable
{
    /// <summary>The longest record read as data, in bytes of the file (UTF-8), line breaks inside quotes included; 64 KiB.</summary>
    /// <remarks>The widest real row we read (an ONS estimate with 92 age columns) is under 1 KiB: a longer line is damage.</remarks>
    public const int MaxRecordBytes = 65_536;

    /// <summary>How much of a record that is too long is kept for the quarantine (its first bytes).</summary>
    public const int OversizedPrefixBytes = 1_024;

    private const int InitialBufferSize = 1 << 16;
    private static readonly SearchValues<byte> FieldEnds = SearchValues.Create(","u8 + "\r\n\""u8);

    private readonly Stream _stream;
    private byte _delimiter;
    private byte[] _buffer;
    private int _start;          // first unconsumed byte
    private int _end;            // one past the last valid byte
    private bool _eof;
    private long _nextLine = 1;  // physical line of the next record
    private int[] _fieldStart = new int[32];
    private int[] _fieldLength = new int[32];
    private bool[] _fieldEscaped = new bool[32];
    private int _recordStart;
    private int _recordLength;
    private byte[] _scratch = new byte[256];

    /// <param name="delimiter">The field separator; 0 to choose ',' or ';' from the first line.</param>
    public CsvRecordReader(Stream stream, byte delimiter = (byte)',')
    {
        _stream = stream;
        _delimiter = delimiter;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    }

    /// <summary>The physical line (1-based) where the current record starts.</summary>
    public long LineNumber { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>Bytes consumed from the underlying stream so far (for progress).</summary>
    public long BytesRead { get; private set; }

    /// <summary>Set when the input ended inside a quoted field: the last record is incomplete (a truncated file).</summary>
    public bool EndedInsideQuotes { get; private set; }

    /// <summary>Set when the current record is the last of the input and no line break follows it (possibly a cut-off file).</summary>
    public bool EndedWithoutLineBreak { get; private set; }

    /// <summary>
    /// Set when the current record was longer than <see cref="MaxRecordBytes"/>: it has no fields (<see cref="FieldCount"/> is
    /// 0), <see cref="RawRecord"/> gives its first <see cref="OversizedPrefixBytes"/> bytes and <see cref="RecordBytes"/> its length.
    /// </summary>
    public bool RecordTooLong { get; private set; }

    /// <summary>The length of the current record in bytes, without its line break.</summary>
    public long RecordBytes { get; private set; }

    private byte[] _oversizedPrefix = [];

    // A stream that fails (corrupt or cut-off compressed data) ends the input where it failed: the records read before it
    // are handed out first, then Read throws the failure.
    private Exception? _failure;
    private bool _failureThrown;

    /// <summary>
    /// The input failed part way (the stream threw): the current record, when it has no line break after it
    /// (<see cref="EndedWithoutLineBreak"/>), was cut by the failure. The next <see cref="Read"/> throws the failure.
    /// </summary>
    public bool InputFailed => _failure is not null;

    /// <summary>The first bytes of the input, once <see cref="Read"/> has been called, for sniffing binary or UTF-16 input.</summary>
    public ReadOnlySpan<byte> Prefix => _prefix.AsSpan(0, _prefixLength);

    private readonly byte[] _prefix = new byte[512];
    private int _prefixLength = -1;

    /// <summary>Moves to the next record; false at the end of the input.</summary>
    public bool Read()
    {
        if (_prefixLength < 0) FillPrefix();
        while (true)
        {
            var status = TryParseRecord();
            if (status == ParseStatus.Record) return true;
            if (status == ParseStatus.End)
            {
                if (_failure is { } failure && !_failureThrown)
                {
                    _failureThrown = true;
                    ExceptionDispatchInfo.Capture(failure).Throw();
                }
                return false;
            }
            if (_end - _start >= MaxRecordBytes)
            {
                SkipOversizedRecord();
                return true;
            }
            // NeedMore: compact and refill, then parse the record again from its start.
            if (!Refill()) _eof = true;
        }
    }

    /// <summary>The raw bytes of field <paramref name="index"/>, with quotes removed and doubled quotes undone.</summary>
    public ReadOnlySpan<byte> Field(int index)
    {
        var span = _buffer.AsSpan(_recordStart + _fieldStart[index], _fieldLength[index]);
        if (!_fieldEscaped[index]) return span;
        // Undo "" -> " into scratch.
        if (_scratch.Length < span.Length) _scratch = new byte[span.Length * 2];
        var n = 0;
        for (var i = 0; i < span.Length; i++)
        {
            _scratch[n++] = span[i];
            if (span[i] == (byte)'"' && i + 1 < span.Length && span[i + 1] == (byte)'"') i++;
        }
        return _scratch.AsSpan(0, n);
    }

    /// <summary>The length in bytes of field <paramref name="index"/> as it stands in the file (quotes removed, doubled quotes not undone).</summary>
    public int FieldByteLength(int index) => _fieldLength[index];

    /// <summary>The whole record as read (without its line break), decoded leniently, for quarantine.</summary>
    public string RawRecord() => RecordTooLong
        ? Encoding.UTF8.GetString(_oversizedPrefix) + "…"
        : Encoding.UTF8.GetString(_buffer, _recordStart, _recordLength);

    /// <summary>
    /// Passes over a record too long to buffer, from <c>_start</c> to its end, by the same rules as
    /// <see cref="TryParseRecord"/> (a quote opens a quoted field only at a field's start; doubled quotes inside; line breaks
    /// inside quotes belong to the field), keeping only its first bytes. Memory use does not grow with the record.
    /// </summary>
    private void SkipOversizedRecord()
    {
        _oversizedPrefix = _buffer.AsSpan(_start, Math.Min(OversizedPrefixBytes, _end - _start)).ToArray();
        long length = 0, lines = 0;
        bool inQuotes = false, atFieldStart = true, closing = false, previousCr = false, endedWithBreak = false;
        var pos = _start;
        while (true)
        {
            if (pos >= _end)
            {
                length += pos - _start;
                _start = pos;
                var more = Refill();
                pos = _start;
                if (!more) break;
                continue;
            }
            var b = _buffer[pos];
            if (inQuotes)
            {
                // A CRLF inside quotes is one line break, counted at its CR.
                if (b == (byte)'\r' || (b == (byte)'\n' && !previousCr)) lines++;
                previousCr = b == (byte)'\r';
                if (b == (byte)'"')
                {
                    inQuotes = false;
                    closing = true;
                }
                pos++;
                continue;
            }
            if (closing)
            {
                // The quote before this byte closed the field, unless this one doubles it.
                closing = false;
                if (b == (byte)'"')
                {
                    inQuotes = true;
                    pos++;
                    continue;
                }
            }
            if (b == (byte)'"' && atFieldStart)
            {
                inQuotes = true;
                atFieldStart = false;
                previousCr = false;
                pos++;
                continue;
            }
            if (b is (byte)'\r' or (byte)'\n')
            {
                length += pos - _start;
                endedWithBreak = true;
                if (b == (byte)'\r')
                {
                    // A CRLF ends the record once: look at the byte after the CR, which may not be read yet.
                    _start = pos;
                    if (pos + 1 >= _end) Refill();
                    pos = _start;
                    pos += pos + 1 < _end && _buffer[pos + 1] == (byte)'\n' ? 2 : 1;
                }
                else
                {
                    pos++;
                }
                break;
            }
            atFieldStart = b == _delimiter;
            pos++;
        }
        RecordTooLong = true;
        RecordBytes = length;
        FieldCount = 0;
        EndedInsideQuotes = inQuotes && !endedWithBreak;
        EndedWithoutLineBreak = !endedWithBreak;
        LineNumber = _nextLine;
        _nextLine += lines + 1;
        _start = Math.Min(pos, _end);
        _recordStart = _start;
        _recordLength = 0;
    }

    private void FillPrefix()
    {
        // Prime the buffer so that the first bytes can be sniffed and a UTF-8 BOM skipped.
        while (_end < _prefix.Length && Refill())
        {
        }
        _prefixLength = Math.Min(_end, _prefix.Length);
        _buffer.AsSpan(0, _prefixLength).CopyTo(_prefix);
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) _start = 3;
        if (_delimiter == 0)
        {
            var first = _buffer.AsSpan(_start, _end - _start);
            var lineEnd = first.IndexOfAny((byte)'\n', (byte)'\r');
            if (lineEnd >= 0) first = first[..lineEnd];
            _delimiter = first.Count((byte)';') > first.Count((byte)',') ? (byte)';' : (byte)',';
        }
    }

    private enum ParseStatus { Record, NeedMore, End }

    private ParseStatus TryParseRecord()
    {
        var data = _buffer.AsSpan(0, _end);
        var pos = _start;
        if (pos >= _end)
        {
            return _eof ? ParseStatus.End : ParseStatus.NeedMore;
        }
        var field = 0;
        var lines = 0L;
        while (true)
        {
            if (field == _fieldStart.Length) GrowFields();
            var fieldBegin = pos;
            if (pos < _end && data[pos] == (byte)'"')
            {
                // Quoted field: find the closing quote that is not doubled.
                var i = pos + 1;
                var escaped = false;
                while (true)
                {
                    var rel = data[i.._end].IndexOfAny((byte)'"', (byte)'\n', (byte)'\r');
                    if (rel < 0)
                    {
                        if (!_eof) return ParseStatus.NeedMore;
                        // Input ends inside quotes: a truncated file. Hand out what there is as the last record.
                        EndedInsideQuotes = true;
                        SetField(field++, pos + 1, _end - pos - 1, escaped);
                        return Finish(field, _end, _end, lines);
                    }
                    i += rel;
                    if (data[i] == (byte)'\n')
                    {
                        lines++;
                        i++;
                        continue;
                    }
                    if (data[i] == (byte)'\r')
                    {
                        // A lone CR is a line break too (it ends records); a CRLF is counted once, at its LF.
                        if (i + 1 >= _end && !_eof) return ParseStatus.NeedMore;
                        if (i + 1 >= _end || data[i + 1] != (byte)'\n') lines++;
                        i++;
                        continue;
                    }
                    if (i + 1 >= _end && !_eof) return ParseStatus.NeedMore;
                    if (i + 1 < _end && data[i + 1] == (byte)'"')
                    {
                        escaped = true;
                        i += 2;
                        continue;
                    }
                    break;
                }
                SetField(field++, pos + 1, i - pos - 1, escaped);
                pos = i + 1;
                // Anything between the closing quote and the delimiter is kept out of the field (lenient, like spreadsheets).
                var rest = data[pos.._end].IndexOfAny(_delimiter, (byte)'\n', (byte)'\r');
                if (rest < 0)
                {
                    if (!_eof) return ParseStatus.NeedMore;
                    return Finish(field, _end, _end, lines);
                }
                pos += rest;
            }
            else
            {
                var rel = _delimiter == (byte)',' ? data[pos.._end].IndexOfAny(FieldEnds) : data[pos.._end].IndexOfAny(_delimiter, (byte)'\n', (byte)'\r');
                // A quote in the middle of an unquoted field is data.
                while (rel >= 0 && data[pos + rel] == (byte)'"')
                {
                    var next = data[(pos + rel + 1).._end].IndexOfAny(_delimiter, (byte)'\n', (byte)'\r');
                    rel = next < 0 ? -1 : rel + 1 + next;
                }
                if (rel < 0)
                {
                    if (!_eof) return ParseStatus.NeedMore;
                    SetField(field++, fieldBegin, _end - fieldBegin, false);
                    return Finish(field, _end, _end, lines);
                }
                SetField(field++, fieldBegin, rel, false);
                pos += rel;
            }
            var b = data[pos];
            if (b == _delimiter)
            {
                pos++;
                continue;
            }
            // Line break: CRLF, LF or CR.
            var recordEnd = pos;
            if (b == (byte)'\r')
            {
                if (pos + 1 >= _end && !_eof) return ParseStatus.NeedMore;
                pos += pos + 1 < _end && data[pos + 1] == (byte)'\n' ? 2 : 1;
            }
            else
            {
                pos++;
            }
            return Finish(field, recordEnd, pos, lines + 1);
        }
    }

    private ParseStatus Finish(int fieldCount, int recordEnd, int next, long linesConsumed)
    {
        // Field offsets were absolute; make them relative to the record start so that Field() is stable.
        for (var i = 0; i < fieldCount; i++) _fieldStart[i] -= _start;
        _recordStart = _start;
        _recordLength = recordEnd - _start;
        FieldCount = fieldCount;
        RecordTooLong = false;
        RecordBytes = _recordLength;
        EndedWithoutLineBreak = recordEnd == next;
        LineNumber = _nextLine;
        _nextLine += Math.Max(linesConsumed, 1);
        _start = next;
        return ParseStatus.Record;
    }

    private void SetField(int index, int start, int length, bool escaped)
    {
        _fieldStart[index] = start;
        _fieldLength[index] = length;
        _fieldEscaped[index] = escaped;
    }

    private void GrowFields()
    {
        Array.Resize(ref _fieldStart, _fieldStart.Length * 2);
        Array.Resize(ref _fieldLength, _fieldLength.Length * 2);
        Array.Resize(ref _fieldEscaped, _fieldEscaped.Length * 2);
    }

    private bool Refill()
    {
        if (_eof) return false;
        if (_start > 0)
        {
            // Compact: move the unconsumed tail (the record in progress) to the front.
            var remaining = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
            _end = remaining;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        int n;
        try
        {
            n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            _failure = e;
            n = 0;
        }
        if (n == 0)
        {
            _eof = true;
            return false;
        }
        _end += n;
        BytesRead += n;
        return true;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
