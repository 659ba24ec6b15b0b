using Csp.Core.Cases.CaseReview;
using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Cases;

/// <summary>
/// The complaints an ASB Case Review application relies on, as CSV <c>reported_on,behaviour_on,agency</c> (a header row;
/// dates as yyyy-MM-dd or dd/MM/yyyy; other columns are ignored). A bad row is an issue naming its file, line and field,
/// and the good rows still come back; a file that cannot be read at all is one issue with line 0 or 1 and no complaints.
/// A complaint dated before its behaviour is kept: the threshold check says it cannot qualify and why.
/// </summary>
public static class ComplaintsCsvReader
{
    private static readonly string[] Required = ["reported_on", "behaviour_on", "agency"];

    public static (IReadOnlyList<Complaint> Complaints, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(Required, "a complaints file (reported_on,behaviour_on,agency)")) return ([], [csv.FileError!]);
        int reported = csv.Column("reported_on"), behaviour = csv.Column("behaviour_on"), agency = csv.Column("agency");
        var complaints = new List<Complaint>();
        while (csv.ReadRow())
        {
            if (!TryDate(csv, reported, "reported_on", out var reportedOn) || !TryDate(csv, behaviour, "behaviour_on", out var behaviourOn)) continue;
            if (!csv.TryText(agency, "agency", null, out var agencyName)) continue;
            complaints.Add(new Complaint(reportedOn, behaviourOn, agencyName));
        }
        return (complaints, csv.Issues.ToList());
    }

    private static bool TryDate(CsvInput csv, int column, string field, out DateOnly date)
    {
        date = default;
        if (!csv.TryText(column, field, null, out var text)) return false;
        if (text.Length == 0)
        {
            csv.Quarantine(field, $"the date is empty; expected {DateField.Expected}.");
            return false;
        }
        if (DateField.TryParse(text, out date)) return true;
        csv.Quarantine(field, $"'{text}' is not {DateField.Expected}.");
        return false;
    }
}
