using System.IO.Compression;
using System.Text;
using Csp.Core.Imports;
using Csp.Core.Periods;
using Csp.Core.PoliceUk;
using Csp.Ingest.PoliceUk;

namespace Csp.Ingest.Tests.PoliceUk;

public sealed class PoliceUkCsvReaderTests
{
    private const string File = "2025-01-kent-street.csv";

    private const string Header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    // Two good rows: they go on lines 2 and 4, around the bad row on line 3.
    private const string Burglary =
        "6ef4de26bd2df4559665aad5e88317ec405f3aad56d610d9efa12ac3c2ee6d38,2025-01,Kent Police,Kent Police,0.368000,51.441000,On or near Parrock Street,E01024257,Gravesham 002A,Burglary,Under investigation,";

    private const string Asb =
        ",2025-01,Kent Police,Kent Police,0.226000,51.446000,On or near Hythe Street,E01024003,Dartford 002A,Anti-social behaviour,,";

    private static readonly YearMonth CurrentMonth = new(2025, 6);

    private sealed record Outcome(bool Opened, List<StreetRecord> Rows, List<ImportIssue> Issues, ImportIssue? FileError, long RowsRead, long RowsQuarantined, bool Truncated);

    private static Outcome Read(Stream stream, string fileName = File, YearMonth? currentMonth = null)
    {
        using var reader = new PoliceUkCsvReader(stream, fileName, currentMonth ?? CurrentMonth);
        var rows = new List<StreetRecord>();
        var opened = reader.Open();
        if (opened)
        {
            while (reader.TryRead(out var record)) rows.Add(record);
        }
        return new Outcome(opened, rows, reader.TakeIssues(), reader.FileError, reader.RowsRead, reader.RowsQuarantined, reader.Truncated);
    }

    private static Outcome Read(byte[] bytes, string fileName = File) => Read(new MemoryStream(bytes), fileName);

    private static Outcome Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    /// <summary>Header, a good row, <paramref name="bad"/>, another good row.</summary>
    private static Outcome ReadAround(string bad) => Read($"{Header}\r\n{Burglary}\r\n{bad}\r\n{Asb}\r\n");

    /// <summary>Checks the one issue names the file, line 3 and the field, and that the good rows on lines 2 and 4 came through.</summary>
    private static ImportIssue AssertOnlyLine3Quarantined(Outcome outcome, string? field, string messagePart)
    {
        Assert.True(outcome.Opened);
        Assert.Null(outcome.FileError);
        Assert.Equal([2L, 4L], outcome.Rows.Select(r => r.Line));
        Assert.Equal((3L, 1L), (outcome.RowsRead, outcome.RowsQuarantined));
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((File, 3L, field), (issue.File, issue.Line, issue.Field));
        Assert.Contains(messagePart, issue.Message, StringComparison.Ordinal);
        var where = field is null ? $"{File}, line 3: " : $"{File}, line 3, field '{field}': ";
        Assert.StartsWith(where, issue.ToString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(issue.Raw));
        return issue;
    }

    private static string Row(string month = "2025-01", string longitude = "0.368000", string latitude = "51.441000",
        string location = "On or near Parrock Street", string lsoa = "E01024257") =>
        $"x1,{month},Kent Police,Kent Police,{longitude},{latitude},{location},{lsoa},Gravesham 002A,Vehicle crime,Under investigation,";

    [Fact]
    public void A_good_row_becomes_a_street_record_with_every_field()
    {
        var outcome = Read($"{Header}\n{Burglary}\n");

        var row = Assert.Single(outcome.Rows);
        Assert.Equal(2, row.Line);
        Assert.Equal("6ef4de26bd2df4559665aad5e88317ec405f3aad56d610d9efa12ac3c2ee6d38", row.CrimeId);
        Assert.Equal(new YearMonth(2025, 1), row.Month);
        Assert.Equal(("Kent Police", "Kent Police"), (row.ReportedBy, row.FallsWithin));
        Assert.Equal((0.368, 51.441), (row.Longitude, row.Latitude));
        Assert.Equal(("On or near Parrock Street", "E01024257", "Gravesham 002A"), (row.Location, row.LsoaCode, row.LsoaName));
        Assert.Equal(("Burglary", "Under investigation", (string?)null), (row.CrimeType, row.LastOutcomeCategory, row.Context));
        Assert.True(row.HasLocation);
        Assert.Empty(outcome.Issues);
    }

    [Fact]
    public void Crime_ids_read_as_utf8_are_the_text_the_record_would_hold_trimmed_and_empty_for_asb()
    {
        var rows = new[]
        {
            Burglary,
            Row().Replace("x1,", " x2 ,", StringComparison.Ordinal),
            Row().Replace("x1,", "\"x,3\",", StringComparison.Ordinal),
            Row().Replace("x1,", "\u00A0é4\u00A0,", StringComparison.Ordinal),
            Asb,
        };
        var text = $"{Header}\n{string.Join("\n", rows)}\n";
        var asText = Read(text).Rows.Select(r => r.CrimeId).ToList();

        using var reader = new PoliceUkCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), File, CurrentMonth, crimeIdAsUtf8: true);
        Assert.True(reader.Open());
        var asUtf8 = new List<string?>();
        while (reader.TryRead(out var record))
        {
            Assert.Null(record.CrimeId);
            asUtf8.Add(reader.CrimeIdUtf8.IsEmpty ? null : Encoding.UTF8.GetString(reader.CrimeIdUtf8));
        }

        Assert.Equal(["6ef4de26bd2df4559665aad5e88317ec405f3aad56d610d9efa12ac3c2ee6d38", "x2", "x,3", "é4", null], asText);
        Assert.Equal(asText, asUtf8);
        Assert.Empty(reader.TakeIssues());
    }

    [Fact]
    public void A_crime_id_that_is_not_utf8_is_quarantined_when_read_as_utf8_too()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes($"{Header}\r\n{Burglary}\r\n"));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.UTF8.GetBytes(Row() + "\r\n" + Asb + "\r\n"));

        using var reader = new PoliceUkCsvReader(new MemoryStream(bytes.ToArray()), File, CurrentMonth, crimeIdAsUtf8: true);
        Assert.True(reader.Open());
        var lines = new List<long>();
        while (reader.TryRead(out var record)) lines.Add(record.Line);

        Assert.Equal([2L, 4L], lines);
        var issue = Assert.Single(reader.TakeIssues());
        Assert.Equal((3L, "Crime ID"), (issue.Line, issue.Field));
        Assert.Contains("not valid UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_rejects_the_file_naming_the_column_on_line_1()
    {
        var header = Header.Replace(",LSOA code", "", StringComparison.Ordinal);

        var outcome = Read($"{header}\r\n{Burglary}\r\n");

        Assert.False(outcome.Opened);
        var error = Assert.IsType<ImportIssue>(outcome.FileError);
        Assert.Equal((File, 1L, "LSOA code"), (error.File, error.Line, error.Field));
        Assert.Contains("no 'LSOA code' column", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{File}, line 1, field 'LSOA code': ", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(outcome.Rows);
    }

    [Fact]
    public void Optional_columns_may_be_absent()
    {
        var outcome = Read("Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type\n" +
                           "2025-01,Kent Police,Kent Police,,,No location,,,Bicycle theft\n");

        var row = Assert.Single(outcome.Rows);
        Assert.Equal((null, null, null), (row.CrimeId, row.LastOutcomeCategory, row.Context));
        Assert.Empty(outcome.Issues);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_quarantined_as_a_whole_with_its_line()
    {
        var issue = AssertOnlyLine3Quarantined(ReadAround(Row() + ",extra"), null, "expected 12 fields as in the header, found 13");

        Assert.Equal(Row() + ",extra", issue.Raw);
    }

    [Theory]
    [InlineData("0.368000", "95", "Latitude")]
    [InlineData("0.368000", "-51.441", "Latitude")]
    [InlineData("40", "51.441000", "Longitude")]
    [InlineData("-0.1e3", "51.441000", "Longitude")]
    public void A_row_with_an_impossible_coordinate_is_quarantined_with_its_line_and_field(string longitude, string latitude, string field)
    {
        AssertOnlyLine3Quarantined(ReadAround(Row(longitude: longitude, latitude: latitude)), field, "impossible coordinate");
    }

    [Theory]
    [InlineData("east", "51.441000", "Longitude")]
    [InlineData("0.368000", "51,4", "Latitude")]
    [InlineData("0.368000", "NaN", "Latitude")]
    public void A_coordinate_that_is_not_a_number_is_quarantined_with_its_line_and_field(string longitude, string latitude, string field)
    {
        var row = Row(longitude: longitude, latitude: latitude.Contains(',', StringComparison.Ordinal) ? $"\"{latitude}\"" : latitude);

        AssertOnlyLine3Quarantined(ReadAround(row), field, "is not a number of degrees");
    }

    [Theory]
    [InlineData("0.368000", "", "Latitude")]
    [InlineData("", "51.441000", "Longitude")]
    public void A_row_with_only_one_of_longitude_and_latitude_is_quarantined_naming_the_missing_one(string longitude, string latitude, string field)
    {
        AssertOnlyLine3Quarantined(ReadAround(Row(longitude: longitude, latitude: latitude)), field, "only one of longitude and latitude");
    }

    [Theory]
    [InlineData("2022-13", "'2022-13' is not a month in the form yyyy-MM")]
    [InlineData("2025-1", "'2025-1' is not a month in the form yyyy-MM")]
    [InlineData("", "the month is missing")]
    [InlineData("1999-01", "1999-01 is impossible for police.uk data, which runs from 2010-12 to this month (2025-06)")]
    [InlineData("2010-11", "2010-11 is impossible")]
    [InlineData("2025-07", "2025-07 is impossible")]
    public void A_row_with_an_impossible_month_is_quarantined_with_its_line_and_field(string month, string message)
    {
        AssertOnlyLine3Quarantined(ReadAround(Row(month: month)), "Month", message);
    }

    [Fact]
    public void The_first_published_month_and_the_current_month_are_both_possible()
    {
        var outcome = Read($"{Header}\n{Row(month: "2010-12")}\n{Row(month: "2025-06")}\n");

        Assert.Equal(2, outcome.Rows.Count);
        Assert.Empty(outcome.Issues);
    }

    [Theory]
    [InlineData("E0102425")]
    [InlineData("e01024257")]
    [InlineData("E01024257X")]
    [InlineData("Gravesham")]
    public void A_row_with_a_bad_lsoa_code_is_quarantined_with_its_line_and_field(string lsoa)
    {
        AssertOnlyLine3Quarantined(ReadAround(Row(lsoa: lsoa)), "LSOA code", $"'{lsoa}' is not an ONS LSOA code");
    }

    [Fact]
    public void A_row_saved_as_windows_1252_is_quarantined_as_not_valid_utf8_and_its_text_kept()
    {
        // "On or near Café Street" with é as the single Windows-1252 byte 0xE9; "On or near " is 11 bytes, "Caf" 3 more.
        var bytes = new List<byte>(Encoding.UTF8.GetBytes($"{Header}\r\n{Burglary}\r\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes(Row(location: "On or near Caf#").Split('#')[0]));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.UTF8.GetBytes(Row(location: "# Street").Split('#')[1] + "\r\n" + Asb + "\r\n"));

        var outcome = Read(bytes.ToArray());

        var issue = AssertOnlyLine3Quarantined(outcome, "Location", "not valid UTF-8 (byte 0xE9 at position 15)");
        Assert.Contains("On or near Caf\uFFFD Street", issue.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_utf8_beyond_ascii_is_read_as_text()
    {
        var outcome = Read($"{Header}\n{Row(location: "On or near Café Street")}\n");

        Assert.Equal("On or near Café Street", Assert.Single(outcome.Rows).Location);
    }

    [Fact]
    public void A_gzip_file_cut_in_half_gives_the_rows_before_the_cut_and_says_the_file_is_truncated()
    {
        var gz = System.IO.File.ReadAllBytes(RepositoryFiles.Sample("police-uk", "kent", "2022-01-kent-street.csv.gz"));
        var half = gz.AsSpan(0, gz.Length / 2).ToArray();

        var outcome = Read(new GZipStream(new MemoryStream(half), CompressionMode.Decompress), "2022-01-kent-street.csv.gz", new YearMonth(2025, 6));

        Assert.True(outcome.Opened);
        Assert.True(outcome.Truncated);
        Assert.InRange(outcome.Rows.Count, 5_000, 12_000); // about half of 16,338
        Assert.Equal(Enumerable.Range(2, outcome.Rows.Count).Select(i => (long)i), outcome.Rows.Select(r => r.Line));
        Assert.All(outcome.Rows, r => Assert.Equal(64, r.CrimeId?.Length ?? 64));
        // The cut falls part way through the row after the last good one: that row is quarantined, and the file is flagged.
        var cutLine = outcome.Rows[^1].Line + 1;
        var cutRow = Assert.Single(outcome.Issues, i => i.Line > 0);
        Assert.Equal(cutLine, cutRow.Line);
        var problem = Assert.Single(outcome.Issues, i => i.Line == 0);
        Assert.Equal(("2022-01-kent-street.csv.gz", (string?)null), (problem.File, problem.Field));
        Assert.Contains("truncated", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"part way through line {cutLine}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_file_cut_exactly_at_a_line_break_is_found_truncated_by_the_length_it_records()
    {
        // Compressed a line at a time with a flush after each, so that a cut after a flush ends the data at a line break:
        // without the check against the file's recorded length this reads as a whole, shorter file.
        var path = Path.Combine(Directory.CreateTempSubdirectory("csp-test-").FullName, "2025-01-kent-street.csv.gz");
        var offsets = new List<long>();
        using (var file = System.IO.File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
        {
            foreach (var line in new[] { Header, Burglary, Asb, Burglary, Asb })
            {
                gzip.Write(Encoding.UTF8.GetBytes(line + "\n"));
                gzip.Flush();
                offsets.Add(file.Position);
            }
        }
        var cut = path[..^7] + "-cut.csv.gz";
        System.IO.File.WriteAllBytes(cut, System.IO.File.ReadAllBytes(path)[..(int)offsets[2]]);
        var whole = global::Csp.Ingest.Sources.InputFiles.Expand([path], [".csv"], out _).Single();
        var truncated = global::Csp.Ingest.Sources.InputFiles.Expand([cut], [".csv"], out _).Single();

        var complete = Read(whole.Open(), whole.Name);
        var outcome = Read(truncated.Open(), truncated.Name);

        Assert.False(complete.Truncated);
        Assert.Equal(4, complete.Rows.Count);
        Assert.Equal([2L, 3L], outcome.Rows.Select(r => r.Line));
        Assert.True(outcome.Truncated);
        Assert.Contains("truncated", Assert.Single(outcome.Issues, i => i.Line == 0).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_csv_cut_part_way_through_a_row_quarantines_that_row_and_says_the_file_is_truncated()
    {
        var outcome = Read($"{Header}\r\n{Burglary}\r\n{Asb}\r\n,2022-01,Kent Police,Kent Police,0.55");

        Assert.Equal([2L, 3L], outcome.Rows.Select(r => r.Line));
        Assert.True(outcome.Truncated);
        Assert.Equal([4L, 0L], outcome.Issues.Select(i => i.Line));
        Assert.Contains("found 5", outcome.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("part way through line 4", outcome.Issues[1].Message, StringComparison.Ordinal);
        Assert.Contains("truncated", outcome.Issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_last_row_without_a_line_break_is_read_and_the_file_is_flagged_as_possibly_truncated()
    {
        var outcome = Read($"{Header}\r\n{Burglary}\r\n{Asb}");

        Assert.Equal([2L, 3L], outcome.Rows.Select(r => r.Line));
        Assert.True(outcome.Truncated);
        Assert.Contains("part way through line 3", Assert.Single(outcome.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_file_is_not_flagged_as_truncated()
    {
        var outcome = Read($"{Header}\r\n{Burglary}\r\n{Asb}\r\n");

        Assert.False(outcome.Truncated);
        Assert.Empty(outcome.Issues);
    }

    [Fact]
    public void A_plain_csv_that_ends_inside_an_open_quote_quarantines_the_cut_row_as_truncated()
    {
        var outcome = Read($"{Header}\r\n{Burglary}\r\n{Asb}\r\nx9,2025-01,Kent Police,Kent Police,,,No location,,,Drugs,\"Under inves");

        Assert.Equal([2L, 3L], outcome.Rows.Select(r => r.Line));
        Assert.True(outcome.Truncated);
        Assert.Equal([4L, 0L], outcome.Issues.Select(i => i.Line));
        var issue = outcome.Issues[0];
        Assert.Equal((File, 4L, (string?)null), (issue.File, issue.Line, issue.Field));
        Assert.Contains("ends inside a quoted field", issue.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", outcome.Issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_csv_cut_inside_a_quote_in_its_last_column_is_still_quarantined_as_truncated()
    {
        // The cut falls inside Context, the twelfth field, so the row has the right number of fields but is incomplete.
        var outcome = Read($"{Header}\r\n{Burglary}\r\nx9,2025-01,Kent Police,Kent Police,,,No location,,,Drugs,Under investigation,\"Seized at the");

        Assert.Equal([2L], outcome.Rows.Select(r => r.Line));
        Assert.Equal([3L, 0L], outcome.Issues.Select(i => i.Line));
        Assert.Equal(File, outcome.Issues[0].File);
        Assert.Contains("the row is incomplete and the file looks truncated", outcome.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_rejected_as_empty()
    {
        var outcome = Read([]);

        Assert.False(outcome.Opened);
        var error = Assert.IsType<ImportIssue>(outcome.FileError);
        Assert.Equal((File, 0L, (string?)null), (error.File, error.Line, error.Field));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_only_a_header_has_no_rows_and_no_problem()
    {
        var outcome = Read(Header + "\r\n");

        Assert.True(outcome.Opened);
        Assert.Null(outcome.FileError);
        Assert.Empty(outcome.Rows);
        Assert.Empty(outcome.Issues);
        Assert.Equal(0, outcome.RowsRead);
    }

    [Fact]
    public void Random_binary_bytes_are_rejected_as_not_a_csv()
    {
        var bytes = new byte[4096];
        new Random(20250101).NextBytes(bytes);
        bytes[100] = 0;

        var outcome = Read(bytes, "2025-01-kent-street.csv");

        Assert.False(outcome.Opened);
        Assert.Contains("not a CSV", Assert.IsType<ImportIssue>(outcome.FileError).Message, StringComparison.Ordinal);
        Assert.Empty(outcome.Rows);
    }

    [Fact]
    public void A_png_image_named_csv_is_rejected_as_not_a_csv()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                      0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72, 0xA8, 0x66];

        var outcome = Read(png);

        Assert.False(outcome.Opened);
        var error = Assert.IsType<ImportIssue>(outcome.FileError);
        Assert.Equal(File, error.File);
        Assert.Contains("not a CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_a_police_uk_csv_is_rejected_as_not_this_kind_of_file()
    {
        var outcome = Read("Code,Name,Geography,All ages\nE07000109,Gravesham,Non-metropolitan District,106970\n");

        Assert.False(outcome.Opened);
        Assert.Contains("this is not a data.police.uk street-level CSV", Assert.IsType<ImportIssue>(outcome.FileError).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf16_file_is_rejected_with_advice_to_save_it_as_utf8(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes($"{Header}\r\n{Burglary}\r\n")).ToArray();

        var outcome = Read(bytes);

        Assert.False(outcome.Opened);
        var error = Assert.IsType<ImportIssue>(outcome.FileError);
        Assert.Equal(File, error.File);
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anti_social_behaviour_rows_have_no_crime_id_and_identical_ones_are_each_kept()
    {
        var outcome = Read($"{Header}\n{Asb}\n{Asb}\n{Asb}\n");

        Assert.Equal([2L, 3L, 4L], outcome.Rows.Select(r => r.Line));
        Assert.All(outcome.Rows, r => Assert.Null(r.CrimeId));
        Assert.All(outcome.Rows, r => Assert.Equal("Anti-social behaviour", r.CrimeType));
        Assert.Equal(3, outcome.RowsRead);
        Assert.Empty(outcome.Issues);
    }

    [Fact]
    public void A_row_with_no_location_is_kept_without_coordinates_or_lsoa()
    {
        var outcome = Read($"{Header}\n1f7e,2025-01,Kent Police,Kent Police,,,No Location,,,Burglary,Investigation complete; no suspect identified,\n");

        var row = Assert.Single(outcome.Rows);
        Assert.False(row.HasLocation);
        Assert.Equal(((double?)null, (double?)null, (string?)null, (string?)null), (row.Longitude, row.Latitude, row.LsoaCode, row.LsoaName));
        Assert.Equal("No Location", row.Location);
        Assert.Empty(outcome.Issues);
    }

    [Fact]
    public void A_real_month_of_kent_data_with_crlf_line_breaks_reads_every_row()
    {
        var path = RepositoryFiles.Sample("police-uk", "kent", "2022-01-kent-street.csv.gz");

        var outcome = Read(RepositoryFiles.Open(path), path, new YearMonth(2026, 1));

        Assert.Equal(16_338, outcome.Rows.Count);
        Assert.Equal((16_338L, 0L), (outcome.RowsRead, outcome.RowsQuarantined));
        Assert.Empty(outcome.Issues);
        var first = outcome.Rows[0];
        Assert.Equal(("c72cf95ee7e81127c614d0bc968b6b1b56aa589e13e2c5b8386bb8648fc6feaa", 2L), (first.CrimeId, first.Line));
        Assert.Equal((0.969601, 51.253674), (first.Longitude, first.Latitude));
        Assert.Equal(("On or near Cobbs Hill", "E01023987", "Ashford 001B", "Other theft"), (first.Location, first.LsoaCode, first.LsoaName, first.CrimeType));
        Assert.Equal(16_339, outcome.Rows[^1].Line);
        Assert.All(outcome.Rows, r => Assert.Equal(new YearMonth(2022, 1), r.Month));
    }

    [Fact]
    public void A_real_month_of_kent_data_with_lf_line_breaks_reads_every_row()
    {
        var path = RepositoryFiles.Sample("police-uk", "kent", "2025-01-kent-street.csv.gz");

        var outcome = Read(RepositoryFiles.Open(path), path, new YearMonth(2026, 1));

        // 14,202 lines with no CR in them: a header and 14,201 rows.
        Assert.Equal(14_201, outcome.Rows.Count);
        Assert.Equal(0, outcome.RowsQuarantined);
        Assert.Empty(outcome.Issues);
        Assert.Equal("6ef4de26bd2df4559665aad5e88317ec405f3aad56d610d9efa12ac3c2ee6d38", outcome.Rows[0].CrimeId);
        Assert.Equal("Unable to prosecute suspect", outcome.Rows[0].LastOutcomeCategory);
        Assert.Equal("Investigation complete; no suspect identified", outcome.Rows[1].LastOutcomeCategory);
        Assert.Equal(14_202, outcome.Rows[^1].Line);
        Assert.Contains(outcome.Rows, r => !r.HasLocation && r.Location == "No Location");
    }

    [Fact]
    public void Every_bundled_kent_month_reads_with_nothing_quarantined()
    {
        var files = Directory.GetFiles(RepositoryFiles.Sample("police-uk", "kent"), "*.csv.gz");
        Assert.Equal(23, files.Length);

        foreach (var path in files)
        {
            var outcome = Read(RepositoryFiles.Open(path), path, new YearMonth(2026, 1));
            Assert.True(outcome.Opened, path);
            Assert.False(outcome.Truncated, path);
            Assert.True(outcome.Issues.Count == 0, $"{path}: {string.Join("; ", outcome.Issues.Take(3))}");
            Assert.True(outcome.Rows.Count > 10_000, path);
        }
    }
}
