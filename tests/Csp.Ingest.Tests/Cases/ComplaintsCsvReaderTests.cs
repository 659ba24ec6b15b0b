using System.Text;
using Csp.Core.Cases.CaseReview;
using Csp.Core.Imports;
using Csp.Ingest.Cases;

namespace Csp.Ingest.Tests.Cases;

public sealed class ComplaintsCsvReaderTests
{
    private static (IReadOnlyList<Complaint> Complaints, IReadOnlyList<ImportIssue> Issues) Read(string text) =>
        ComplaintsCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "complaints.csv");

    [Fact]
    public void Rows_become_complaints_with_iso_or_uk_dates_and_columns_in_any_order()
    {
        var (complaints, issues) = Read("agency,behaviour_on,reported_on\r\nKent Police,2025-10-31,2025-11-03\r\n\"Gravesham Borough Council, ASB team\",18/11/2025,20/11/2025\r\n");

        Assert.Empty(issues);
        Assert.Equal(
        [
            new Complaint(new DateOnly(2025, 11, 3), new DateOnly(2025, 10, 31), "Kent Police"),
            new Complaint(new DateOnly(2025, 11, 20), new DateOnly(2025, 11, 18), "Gravesham Borough Council, ASB team"),
        ], complaints);
    }

    [Fact]
    public void A_bad_row_names_file_line_and_field_and_the_good_rows_still_come_back()
    {
        var (complaints, issues) = Read(
            "reported_on,behaviour_on,agency\n2025-11-03,2025-10-31,Police\n2025-02-30,2025-02-01,Council\n2025-03-01,,Council\n2025-03-02,2025-03-01\n2025-03-04,2025-03-01,Housing\n");

        Assert.Equal(2, complaints.Count);
        Assert.Equal(
        [
            "complaints.csv, line 3, field 'reported_on': '2025-02-30' is not a date as yyyy-MM-dd (or dd/MM/yyyy).",
            "complaints.csv, line 4, field 'behaviour_on': the date is empty; expected a date as yyyy-MM-dd (or dd/MM/yyyy).",
            "complaints.csv, line 5: expected 3 fields as in the header, found 2.",
        ], issues.Select(i => i.ToString()));
        Assert.Equal("2025-02-30,2025-02-01,Council", issues[0].Raw);
    }

    [Fact]
    public void A_file_missing_a_column_is_refused_whole()
    {
        var (complaints, issues) = Read("reported_on,agency\n2025-11-03,Police\n");

        Assert.Empty(complaints);
        Assert.Equal("complaints.csv, line 1, field 'behaviour_on': the header has no 'behaviour_on' column; the header read was: reported_on,agency",
            Assert.Single(issues).ToString());
    }

    [Fact]
    public void An_empty_file_is_one_issue()
    {
        var (complaints, issues) = Read("");

        Assert.Empty(complaints);
        Assert.Equal("complaints.csv: the file is empty: there is no header row and no data.", Assert.Single(issues).ToString());
    }
}
