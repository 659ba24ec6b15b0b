using System.Text;
using Csp.Core.Performance;
using Csp.Ingest.Returns;
using static Csp.Ingest.Tests.Returns.ReturnFiles;

namespace Csp.Ingest.Tests.Returns;

public sealed class ReturnReaderTests
{
    private const string Header = "measure,area,period_start,period_end,breakdown,value,unit,source,note\n";

    [Fact]
    public void Reads_the_long_form_and_keeps_u_a_as_not_available_never_zero()
    {
        var read = ReadText(Header +
            "Perceived high level of ASB (KCVS),Gravesham,2010-04-01,2010-06-30,,9.4%,percentage,KCVS,\n" +
            "Perceived high level of ASB (KCVS),E07000107,2010-04-01,2010-06-30,,u/a,percentage,KCVS,not asked\n" +
            "Deliberate fires,dartford,2025-04,2025-04,type=primary,\"1,204\",,Kent Fire and Rescue Service,\n" +
            "Deliberate fires,Dartford,01/05/2025,31/05/2025,,,count,,\n");

        Assert.Empty(read.Issues);
        Assert.Equal(
        [
            new ReturnValue("Perceived high level of ASB (KCVS)", "E07000109", new ReturnPeriod(new(2010, 4, 1), new(2010, 6, 30)), 9.4m, "", MeasureUnit.Percentage, "KCVS", null, 2),
            new ReturnValue("Perceived high level of ASB (KCVS)", "E07000107", new ReturnPeriod(new(2010, 4, 1), new(2010, 6, 30)), null, "", MeasureUnit.Percentage, "KCVS", "not asked", 3),
            new ReturnValue("Deliberate fires", "E07000107", new ReturnPeriod(new(2025, 4, 1), new(2025, 4, 30)), 1204m, "type=primary", MeasureUnit.Count, "Kent Fire and Rescue Service", null, 4),
            new ReturnValue("Deliberate fires", "E07000107", new ReturnPeriod(new(2025, 5, 1), new(2025, 5, 31)), null, "", MeasureUnit.Count, null, null, 5),
        ], read.Values);
    }

    [Fact]
    public void An_unknown_measure_or_area_is_named_with_its_line_and_field()
    {
        var read = ReadText(Header +
            "Deliberate fires,Dartford,2025-04-01,2025-04-30,,3,count,,\n" +
            "Fires of all kinds,Dartford,2025-04-01,2025-04-30,,3,count,,\n" +
            "Deliberate fires,Swanley,2025-04-01,2025-04-30,,3,count,,\n");

        Assert.Single(read.Values);
        Assert.Equal(
        [
            "return.csv, line 3, field 'measure': 'Fires of all kinds' is not a known measure (see data/config/measures.csv).",
            "return.csv, line 4, field 'area': 'Swanley' is not a known area (an ONS code such as E07000109, or a name such as Gravesham).",
        ], read.Issues.Select(i => i.ToString()));
        Assert.Equal("Fires of all kinds,Dartford,2025-04-01,2025-04-30,,3,count,,", read.Issues[0].Raw);
    }

    [Fact]
    public void An_impossible_period_is_refused()
    {
        var read = ReadText(Header +
            "Deliberate fires,Dartford,2025-06-01,2025-04-30,,3,count,,\n" +
            "Deliberate fires,Dartford,2025-13-01,2025-04-30,,3,count,,\n" +
            "Deliberate fires,Dartford,2026-01-01,2026-03-31,,3,count,,\n",
            options: new ReturnReaderOptions(Today: new DateOnly(2025, 12, 4)));

        Assert.Empty(read.Values);
        Assert.Equal(
        [
            (2L, "period_end", "impossible period: it ends (2025-04-30) before it starts (2025-06-01)."),
            (3L, "period_start", "'2025-13-01' is not a date (yyyy-MM-dd, dd/MM/yyyy or yyyy-MM)."),
            (4L, "period_end", "impossible period: it ends on 2026-03-31, after today (2025-12-04); a return reports periods that have ended."),
        ], read.Issues.Select(i => (i.Line, i.Field!, i.Message)));
    }

    [Fact]
    public void A_period_that_overlaps_another_of_the_same_series_is_refused_naming_the_first()
    {
        var read = ReadText(Header +
            "Deliberate fires,Dartford,2025-04-01,2025-06-30,,30,count,,\n" +
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,,9,count,,\n" +
            "Deliberate fires,Dartford,2025-04-01,2025-06-30,,31,count,,\n" +
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,type=primary,4,count,,\n" +
            "Deliberate fires,Gravesham,2025-05-01,2025-05-31,,9,count,,\n");

        Assert.Equal([2L, 5L, 6L], read.Values.Select(v => v.Line));
        Assert.Equal(
        [
            "return.csv, line 3, field 'period_start': overlapping period: 2025-05-01..2025-05-31 overlaps 2025-04-01..2025-06-30 on line 2 for the same measure, area and breakdown.",
            "return.csv, line 4, field 'period_start': the same measure, area, breakdown and period (2025-04-01..2025-06-30) is already on line 2.",
        ], read.Issues.Select(i => i.ToString()));
    }

    [Fact]
    public void A_series_listed_newest_first_or_out_of_order_still_has_every_overlap_refused_naming_the_first()
    {
        // Newest first (as the benchmark's and many partners' files are), then a month between two held ones, then
        // periods that overlap only a period in the middle of those read.
        var read = ReadText(Header +
            "Deliberate fires,Dartford,2025-06-01,2025-06-30,,6,count,,\n" +
            "Deliberate fires,Dartford,2025-04-01,2025-04-30,,4,count,,\n" +
            "Deliberate fires,Dartford,2025-03-01,2025-03-31,,3,count,,\n" +
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,,5,count,,\n" +
            "Deliberate fires,Dartford,2025-05-15,2025-05-20,,1,count,,\n" +
            "Deliberate fires,Dartford,2025-04-01,2025-06-30,,15,count,,\n" +
            "Deliberate fires,Dartford,2025-02-01,2025-02-28,,2,count,,\n");

        Assert.Equal([2L, 3L, 4L, 5L, 8L], read.Values.Select(v => v.Line));
        Assert.Equal(
        [
            "return.csv, line 6, field 'period_start': overlapping period: 2025-05-15..2025-05-20 overlaps 2025-05-01..2025-05-31 on line 5 for the same measure, area and breakdown.",
            "return.csv, line 7, field 'period_start': overlapping period: 2025-04-01..2025-06-30 overlaps 2025-06-01..2025-06-30 on line 2 for the same measure, area and breakdown.",
        ], read.Issues.Select(i => i.ToString()));
    }

    [Fact]
    public void A_percentage_outside_0_to_100_a_negative_count_and_text_for_a_number_are_refused()
    {
        var read = ReadText(Header +
            "Perceived high level of ASB (KCVS),Gravesham,2010-04-01,2010-06-30,,104,percentage,,\n" +
            "Deliberate fires,Dartford,2025-04-01,2025-04-30,,-2,count,,\n" +
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,,about ten,count,,\n" +
            "Perceived high level of ASB (KCVS),Gravesham,2011-04-01,2011-06-30,,100,percentage,,\n");

        Assert.Equal([5L], read.Values.Select(v => v.Line));
        Assert.Equal(
        [
            (2L, "value", "104 is not a percentage: a percentage is 0 to 100."),
            (3L, "value", "-2 is not a count: a count cannot be negative."),
            (4L, "value", "'about ten' is not a number (write u/a or leave it empty when the figure is not available)."),
        ], read.Issues.Select(i => (i.Line, i.Field!, i.Message)));
    }

    [Fact]
    public void A_unit_other_than_the_measures_is_refused_but_a_count_for_a_rate_is_taken()
    {
        var read = ReadText(Header +
            "Deliberate fires,Dartford,2025-04-01,2025-04-30,,30,percentage,,\n" +
            "Youth justice first-time entrants per 1000 aged 10-17,Dartford,2025-04-01,2025-06-30,,28,count,,\n" +
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,,30,furlongs,,\n");

        Assert.Equal([(3L, MeasureUnit.Count)], read.Values.Select(v => (v.Line, v.Unit)));
        Assert.Equal(["the return gives 'Deliberate fires' as percentage, but the measure is a count.", "'furlongs' is not a unit: count, percentage, rate per 1,000 or currency."],
            read.Issues.Select(i => i.Message));
    }

    [Fact]
    public void A_breakdown_is_made_canonical_and_a_malformed_one_is_refused()
    {
        var read = ReadText(Header +
            "Youth justice first-time entrants,Dartford,2025-04-01,2025-06-30,\"sex=Female, age=10-17\",7,count,,\n" +
            "ASB perceived as a problem (KCVS),Gravesham,2011-04-01,2011-06-30,\"behaviour=Vandalism, graffiti or damage\",19.2,percentage,,\n" +
            "Youth justice first-time entrants,Dartford,2025-04-01,2025-06-30,female,7,count,,\n");

        // The sex row waits for its total and parts, so it comes out at the end: compare the set.
        Assert.Equal(["age=10-17;sex=Female", "behaviour=Vandalism, graffiti or damage"], read.Values.Select(v => v.Breakdown).Order());
        Assert.Equal((4L, "breakdown"), (read.Issues.Single().Line, read.Issues.Single().Field!));
    }

    [Fact]
    public void A_total_that_disagrees_with_its_parts_is_kept_and_flagged_wherever_it_comes_in_the_file()
    {
        // The total first, the parts after it (and another series in between): the check waits for all three.
        var read = ReadText(Header +
            "Youth justice first-time entrants,E10000016,2009-07-01,2010-06-30,sex=All,1743,count,,\n" +
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,,30,count,,\n" +
            "Youth justice first-time entrants,E10000016,2009-07-01,2010-06-30,sex=Female,630,count,,\n" +
            "Youth justice first-time entrants,E10000016,2009-07-01,2010-06-30,sex=Male,113,count,,\n" +
            "Youth justice first-time entrants,Dartford,2009-07-01,2010-06-30,sex=Male,80,count,,\n" +
            "Youth justice first-time entrants,Dartford,2009-07-01,2010-06-30,sex=Female,43,count,,\n" +
            "Youth justice first-time entrants,Dartford,2009-07-01,2010-06-30,sex=All,123,count,,\n");

        Assert.Empty(read.Issues);
        Assert.Equal(7, read.Values.Count);
        var flagged = Assert.Single(read.Values, v => v.Flags != ReturnFlags.None);
        Assert.Equal((2L, 1743m, ReturnFlags.TotalDisagreesWithParts), (flagged.Line, flagged.Value!.Value, flagged.Flags));
        Assert.Equal("return.csv, line 2, field 'value': the total (All = 1743) is not the sum of its parts (Female 630 + Male 113 = 743) for Youth justice first-time entrants, E10000016, 2009-07-01..2010-06-30: kept as returned and flagged.",
            read.Warnings.Single().ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_return_is_rejected_whole()
    {
        var read = ReadText("Month,Crime type\n2025-01,Burglary\n");

        Assert.Empty(read.Values);
        Assert.Equal("return.csv, line 1: this is not a partner return (measure, area, period_start, period_end, value; optional breakdown, unit, source, note): none of the expected columns (measure, area, period_start, period_end, value) is in the header.",
            read.FileError!.ToString());
    }

    [Fact]
    public void A_workbook_is_read_like_a_csv_below_its_title_rows_with_date_cells()
    {
        using var workbook = Workbooks.Create("Returns",
        [
            ["Kent Fire and Rescue Service: deliberate fires, 2025-26"],
            [],
            ["measure", "area", "period_start", "period_end", "value", "unit"],
            ["Deliberate fires", "Dartford", Workbooks.Date(2025, 4, 1), Workbooks.Date(2025, 4, 30), 12.0, "count"],
            ["Deliberate fires", "E07000109", "2025-04-01", "2025-04-30", "u/a", "count"],
            ["Deliberate fires", "Nowhere", "2025-04-01", "2025-04-30", 3.0, "count"],
        ]);

        var read = ReadStream(workbook, "fires.xlsx");

        Assert.Equal(
        [
            new ReturnValue("Deliberate fires", "E07000107", new ReturnPeriod(new(2025, 4, 1), new(2025, 4, 30)), 12m, "", MeasureUnit.Count, null, null, 4),
            new ReturnValue("Deliberate fires", "E07000109", new ReturnPeriod(new(2025, 4, 1), new(2025, 4, 30)), null, "", MeasureUnit.Count, null, null, 5),
        ], read.Values);
        Assert.Equal("fires.xlsx, line 6, field 'area': 'Nowhere' is not a known area (an ONS code such as E07000109, or a name such as Gravesham).", read.Issues.Single().ToString());
    }

    [Fact]
    public void A_quarter_of_a_million_rows_stream_through()
    {
        // 50 measures x 50 areas x 100 months, generated as the reader asks for bytes (never held whole). A million rows
        // (200 areas) is the benchmark's size; here a quarter keeps the suite fast while showing that nothing is held.
        var vocabulary = new ReturnVocabulary();
        for (var a = 0; a < 50; a++) vocabulary.AddArea($"E07{a:D6}", $"Area {a}");
        for (var m = 0; m < 50; m++) vocabulary.AddMeasure($"Measure {m}", MeasureUnit.Count);
        IEnumerable<string> Lines()
        {
            yield return "measure,area,period_start,period_end,value\n";
            for (var month = 0; month < 100; month++)
            {
                var start = new DateOnly(2015, 1, 1).AddMonths(month);
                var s = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                var e = start.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                for (var a = 0; a < 50; a++)
                {
                    for (var m = 0; m < 50; m++) yield return $"Measure {m},E07{a:D6},{s},{e},{month + a + m}\n";
                }
            }
        }

        using var reader = ReturnReader.Open(new LineStream(Lines()), "big.csv", vocabulary);
        long count = 0;
        decimal sum = 0;
        foreach (var v in reader.Values())
        {
            count++;
            sum += v.Value!.Value;
        }

        Assert.Equal(250_000, count);
        // Sum of month + area + measure over the grid: 250,000 x (49.5 + 24.5 + 24.5).
        Assert.Equal(24_625_000m, sum);
        Assert.Empty(reader.TakeIssues());
    }

    /// <summary>A read-only stream over lines made on demand.</summary>
    private sealed class LineStream(IEnumerable<string> lines) : Stream
    {
        private readonly IEnumerator<string> _lines = lines.GetEnumerator();
        private byte[] _pending = [];
        private int _offset;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count)
            {
                if (_offset == _pending.Length)
                {
                    if (!_lines.MoveNext()) break;
                    _pending = Encoding.UTF8.GetBytes(_lines.Current);
                    _offset = 0;
                }
                var n = Math.Min(count - written, _pending.Length - _offset);
                Buffer.BlockCopy(_pending, _offset, buffer, offset + written, n);
                (_offset, written) = (_offset + n, written + n);
            }
            return written;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
