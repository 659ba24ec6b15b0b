using System.Text;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Tests.Csv;

public sealed class CsvInputTests
{
    private static CsvInput Open(string text, string name = "input.csv") => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);

    private static List<(long Line, string Text)> Rows(CsvInput csv)
    {
        var rows = new List<(long, string)>();
        while (csv.ReadRow())
        {
            Assert.True(csv.TryText(0, csv.Header[0], null, out var first));
            rows.Add((csv.Line, first));
        }
        return rows;
    }

    [Fact]
    public void Blank_lines_are_skipped_and_the_rows_after_them_keep_their_physical_line_numbers()
    {
        using var csv = Open("code,name\n\nE01024257,Gravesham 002A\r\n\r\n\nE01024258,Gravesham 003A\n\n");
        Assert.True(csv.ReadHeader(["code"], "a test file"));

        Assert.Equal([(3L, "E01024257"), (6L, "E01024258")], Rows(csv));
        Assert.Empty(csv.Issues);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_quarantined_with_its_line_and_text_and_the_next_row_is_read()
    {
        using var csv = Open("code,name\nE01024257,Gravesham 002A,extra\nE01024258,Gravesham 003A\n");
        Assert.True(csv.ReadHeader(["code"], "a test file"));

        Assert.Equal([(3L, "E01024258")], Rows(csv));
        var issue = Assert.Single(csv.Issues);
        Assert.Equal(("input.csv", 2L, (string?)null), (issue.File, issue.Line, issue.Field));
        Assert.Contains("expected 2 fields as in the header, found 3", issue.Message, StringComparison.Ordinal);
        Assert.Equal("E01024257,Gravesham 002A,extra", issue.Raw);
    }

    [Fact]
    public void Column_names_are_matched_without_regard_to_case_or_surrounding_spaces()
    {
        using var csv = Open(" Code ,NAME\nE01024257,x\n");

        Assert.True(csv.ReadHeader(["code", "name"], "a test file"));
        Assert.Equal(0, csv.Column("CODE"));
        Assert.Equal(1, csv.Column("Name"));
        Assert.Equal(-1, csv.Column("missing"));
    }

    [Fact]
    public void TakeIssues_hands_over_the_issues_so_far_and_starts_afresh()
    {
        using var csv = Open("a,b\n1\n2,2\n3\n");
        Assert.True(csv.ReadHeader(["a"], "a test file"));

        Assert.True(csv.ReadRow());
        var first = csv.TakeIssues();
        Assert.True(!csv.ReadRow());

        Assert.Equal(2, Assert.Single(first).Line);
        Assert.Equal(4, Assert.Single(csv.Issues).Line);
    }

    [Fact]
    public void Pooled_text_repeated_from_the_row_before_is_the_same_string_and_a_changed_value_is_read_as_itself()
    {
        // Rows sorted by LSOA repeat the previous row's text: it is handed out again; a different value (also one that
        // only differs in length or in a later byte) is never mistaken for it, and a padded repeat is trimmed like the rest.
        using var csv = Open("code,name\nE01024257,a\nE01024257,b\nE0102425,c\nE01024258,d\n E01024258 ,e\nE01024257,f\n");
        var pool = new StringPool();
        Assert.True(csv.ReadHeader(["code"], "a test file"));

        var codes = new List<string>();
        while (csv.ReadRow())
        {
            Assert.True(csv.TryText(0, "code", pool, out var code));
            codes.Add(code);
        }

        Assert.Equal(["E01024257", "E01024257", "E0102425", "E01024258", "E01024258", "E01024257"], codes);
        Assert.Same(codes[0], codes[1]);
        Assert.Same(codes[3], codes[4]);
        Assert.Same(codes[0], codes[5]);
    }

    [Fact]
    public void A_cleared_string_pool_forgets_its_strings_and_pools_again()
    {
        var pool = new StringPool();
        var first = pool.Get("Kent Police");
        pool.Remember("Kent Police"u8, first);

        pool.Clear();

        Assert.Equal(0, pool.Count);
        Assert.False(pool.TryGet("Kent Police"u8, out _));
        var again = pool.Get("Kent Police".AsSpan());
        Assert.NotSame(first, again);
        Assert.Same(again, pool.Get("Kent Police".AsSpan()));
    }

    [Fact]
    public void A_field_longer_than_4096_bytes_quarantines_its_row_by_line_and_field_and_the_next_row_is_read()
    {
        using var csv = Open($"code,name\nE01024257,Gravesham 002A\nE01024258,{new string('n', 4097)}\nE01024259,{new string('m', 4096)}\n");
        Assert.True(csv.ReadHeader(["code"], "a test file"));

        Assert.Equal([(2L, "E01024257"), (4L, "E01024259")], Rows(csv));
        var issue = Assert.Single(csv.Issues);
        Assert.Equal((3L, "name"), (issue.Line, issue.Field));
        Assert.Contains("4,097 bytes", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_longer_than_64_KiB_is_quarantined_by_line_with_only_its_first_bytes_kept()
    {
        using var csv = Open($"code,name\nE01024257,{new string('n', 70_000)}\nE01024259,Gravesham 004A\n");
        Assert.True(csv.ReadHeader(["code"], "a test file"));

        Assert.Equal([(3L, "E01024259")], Rows(csv));
        var issue = Assert.Single(csv.Issues);
        Assert.Equal(2L, issue.Line);
        Assert.Contains("70,010 bytes", issue.Message, StringComparison.Ordinal);
        Assert.Equal(1_025, issue.Raw!.Length); // the first 1,024 bytes and an ellipsis
    }
}
