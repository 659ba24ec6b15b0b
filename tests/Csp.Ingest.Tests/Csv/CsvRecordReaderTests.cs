using System.Text;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Tests.Csv;

public sealed class CsvRecordReaderTests
{
    private sealed record Record(long Line, string[] Fields, bool EndedInsideQuotes);

    private static List<Record> ReadAll(Stream stream, byte delimiter = (byte)',')
    {
        using var reader = new CsvRecordReader(stream, delimiter);
        var records = new List<Record>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = Encoding.UTF8.GetString(reader.Field(i));
            records.Add(new Record(reader.LineNumber, fields, reader.EndedInsideQuotes));
        }
        return records;
    }

    private static List<Record> ReadAll(string text, byte delimiter = (byte)',') => ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), delimiter);

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Records_end_at_a_CRLF_an_LF_or_a_lone_CR(string lineBreak)
    {
        var records = ReadAll($"Month,Crime type{lineBreak}2025-01,Burglary{lineBreak}2025-02,Robbery{lineBreak}");

        Assert.Equal(3, records.Count);
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Line));
        Assert.Equal(["2025-02", "Robbery"], records[2].Fields);
    }

    [Fact]
    public void Line_breaks_of_different_kinds_in_one_file_each_end_a_record()
    {
        var records = ReadAll("a,b\r\nc,d\ne,f\rg,h");

        Assert.Equal([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]], records.Select(r => r.Fields));
        Assert.Equal([1L, 2L, 3L, 4L], records.Select(r => r.Line));
    }

    [Fact]
    public void A_quoted_field_keeps_its_commas()
    {
        var records = ReadAll("x,\"On or near Station Road, Gravesend\",y\n");

        Assert.Equal(["x", "On or near Station Road, Gravesend", "y"], Assert.Single(records).Fields);
    }

    [Fact]
    public void Doubled_quotes_inside_a_quoted_field_are_one_quote()
    {
        var records = ReadAll("\"He said \"\"stop\"\"\",\"\"\"\",\"\"\n");

        Assert.Equal(["He said \"stop\"", "\"", ""], Assert.Single(records).Fields);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_data()
    {
        var records = ReadAll("6\" pipe,b\n");

        Assert.Equal(["6\" pipe", "b"], Assert.Single(records).Fields);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_breaks_inside_quotes_are_data_and_the_next_record_starts_on_the_line_an_editor_shows(string lineBreak)
    {
        // Line 1: header; lines 2-4: one record whose second field spans three lines; line 5: the next record.
        var text = $"id,note{lineBreak}1,\"first{lineBreak}second{lineBreak}third\"{lineBreak}2,plain{lineBreak}";

        var records = ReadAll(text);

        Assert.Equal(3, records.Count);
        Assert.Equal($"first{lineBreak}second{lineBreak}third", records[1].Fields[1]);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(5, records[2].Line);
        Assert.Equal(["2", "plain"], records[2].Fields);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("LSOA11CD,LSOA11NM\nE01024257,Gravesham 002A\n")).ToArray();

        var records = ReadAll(new MemoryStream(bytes));

        Assert.Equal(["LSOA11CD", "LSOA11NM"], records[0].Fields);
        Assert.Equal(["E01024257", "Gravesham 002A"], records[1].Fields);
    }

    [Theory]
    [InlineData("a,b\nc,d", new[] { "c", "d" })]
    [InlineData("a,b\nc,", new[] { "c", "" })]
    [InlineData("a,b\nc,\"d, e\"", new[] { "c", "d, e" })]
    public void The_last_record_is_read_without_a_line_break_after_it(string text, string[] last)
    {
        var records = ReadAll(text);

        Assert.Equal(2, records.Count);
        Assert.Equal(last, records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.False(records[1].EndedInsideQuotes);
    }

    [Fact]
    public void A_blank_line_is_a_record_of_one_empty_field_and_is_counted_as_a_line()
    {
        var records = ReadAll("a,b\n\nc,d\n");

        Assert.Equal([[ "a", "b" ], [""], ["c", "d"]], records.Select(r => r.Fields));
        Assert.Equal(3, records[2].Line);
    }

    [Fact]
    public void Input_that_ends_inside_a_quoted_field_is_flagged_as_ending_inside_quotes()
    {
        var records = ReadAll("a,b\nc,\"Under inves");

        Assert.Equal(["c", "Under inves"], records[1].Fields);
        Assert.True(records[1].EndedInsideQuotes);
        Assert.False(records[0].EndedInsideQuotes);
    }

    [Fact]
    public void Empty_input_has_no_records()
    {
        Assert.Empty(ReadAll(""));
    }

    [Fact]
    public void Thousands_of_records_spanning_many_64_KiB_buffers_are_all_read_intact()
    {
        // About 45 bytes a row: 20,000 rows are about 900 KB, so records straddle the buffer end many times.
        const int rows = 20_000;
        var text = new StringBuilder();
        for (var i = 0; i < rows; i++) text.Append($"{i},\"On or near Road {i}, Kent\",\"say \"\"{i}\"\"\"\r\n");

        var records = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(text.ToString()), 4093));

        Assert.Equal(rows, records.Count);
        for (var i = 0; i < rows; i++)
        {
            Assert.Equal(i + 1, records[i].Line);
            Assert.Equal([$"{i}", $"On or near Road {i}, Kent", $"say \"{i}\""], records[i].Fields);
        }
    }

    [Fact]
    public void A_stream_that_hands_out_one_byte_at_a_time_gives_the_same_records_as_one_read()
    {
        // Every separator, quote and CRLF here falls at the end of a read at some point.
        var text = "\uFEFFh1,h2\r\n\"a\"\"b\",\"c\r\nd\"\re,f\n\"\",\r\n\"x\",\"y\"";
        var bytes = Encoding.UTF8.GetBytes(text);

        var whole = ReadAll(new MemoryStream(bytes));
        var trickled = ReadAll(new TrickleStream(bytes, 1));

        Assert.Equal([["h1", "h2"], ["a\"b", "c\r\nd"], ["e", "f"], ["", ""], ["x", "y"]], whole.Select(r => r.Fields));
        Assert.Equal([1L, 2L, 4L, 5L, 6L], whole.Select(r => r.Line));
        Assert.Equal(whole.Select(r => (r.Line, string.Join("|", r.Fields))), trickled.Select(r => (r.Line, string.Join("|", r.Fields))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_record_longer_than_64_KiB_arriving_in_small_pieces_is_passed_over_and_the_next_record_is_read_whole(bool quoted)
    {
        // 75,000 characters in one field: more than a record may have (CsvRecordReader.MaxRecordBytes, 64 KiB), so the
        // record is handed out without fields, and the reader finds the next record where it starts.
        var longText = string.Concat(Enumerable.Range(0, 15_000).Select(i => $"w{i % 10},x "));
        var field = quoted ? $"\"{longText.Replace(",", ",,", StringComparison.Ordinal)}\"" : longText.Replace(",", ";", StringComparison.Ordinal);
        var text = $"id,text,after\n1,{field},end\n2,short,end\n";

        var records = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(text), 8192));

        Assert.Equal(3, records.Count);
        Assert.Equal((2L, 0), (records[1].Line, records[1].Fields.Length));
        Assert.Equal(["2", "short", "end"], records[2].Fields);
        Assert.Equal(3, records[2].Line);
    }

    [Fact]
    public void Delimiter_zero_chooses_semicolon_when_the_first_line_has_more_semicolons_than_commas()
    {
        var records = ReadAll("lad-code;lad-name;csp-code\nE07000109;Gravesham;E22000352\n", delimiter: 0);

        Assert.Equal(["E07000109", "Gravesham", "E22000352"], records[1].Fields);
    }

    [Fact]
    public void Delimiter_zero_chooses_comma_for_an_ordinary_csv_even_when_fields_hold_semicolons()
    {
        var records = ReadAll("Crime ID,Month,Last outcome category\nx,2025-01,Investigation complete; no suspect identified\n", delimiter: 0);

        Assert.Equal(["x", "2025-01", "Investigation complete; no suspect identified"], records[1].Fields);
    }

    [Fact]
    public void With_a_semicolon_delimiter_commas_are_data_and_quotes_still_quote()
    {
        var records = ReadAll("a;b\n\"x;y\";1,5\n", delimiter: (byte)';');

        Assert.Equal(["x;y", "1,5"], records[1].Fields);
    }

    /// <summary>A line of <paramref name="size"/> bytes of 'x' (no line break) between good rows, made as it is read: nothing the size of the line exists in memory.</summary>
    private sealed class LongLineStream(byte[] before, long size, byte[] after, byte filler = (byte)'x') : Stream
    {
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = before.Length + size + after.Length;
            var n = 0;
            while (n < count && _position < total)
            {
                if (_position < before.Length)
                {
                    buffer[offset + n++] = before[_position++];
                }
                else if (_position < before.Length + size)
                {
                    var run = (int)Math.Min(count - n, before.Length + size - _position);
                    buffer.AsSpan(offset + n, run).Fill(filler);
                    n += run;
                    _position += run;
                }
                else
                {
                    buffer[offset + n++] = after[_position++ - before.Length - size];
                }
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_200_MB_line_is_passed_over_as_one_record_without_its_bytes_and_the_rows_after_it_keep_their_lines()
    {
        // The 64 KiB limit (CsvRecordReader.MaxRecordBytes): the line's fields are not handed out, and memory does not grow with it.
        var stream = new LongLineStream("Month,Location\n2025-01,On or near A Street\n2025-01,"u8.ToArray(), 200L << 20, "\n2025-02,On or near B Street\n"u8.ToArray());
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        using var reader = new CsvRecordReader(stream);
        var seen = new List<(long Line, int Fields, string First)>();
        while (reader.Read()) seen.Add((reader.LineNumber, reader.FieldCount, reader.FieldCount > 0 ? Encoding.UTF8.GetString(reader.Field(0)) : reader.RawRecord()[..10]));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal([(1L, 2, "Month"), (2L, 2, "2025-01"), (3L, 0, "2025-01,xx"), (4L, 2, "2025-02")], seen);
        Assert.True(allocated < 4 << 20, $"{allocated:N0} bytes allocated to read past a 200 MB line");
    }

    [Fact]
    public void A_record_too_long_inside_quotes_ends_at_its_closing_quote_and_counts_the_line_breaks_in_it()
    {
        // 100,000 bytes inside quotes, with a line break every 1,000: the record spans 101 physical lines (2 to 102).
        var field = string.Concat(Enumerable.Repeat(new string('y', 999) + "\n", 100));
        var records = ReadAll($"a,b\n1,\"{field}\"\"\"\r\n2,after\n");

        Assert.Equal(3, records.Count);
        Assert.Equal((2L, 0), (records[1].Line, records[1].Fields.Length));
        Assert.Equal(103L, records[2].Line);
        Assert.Equal(["2", "after"], records[2].Fields);
    }
}
