using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Csp.Core.Imports;
using Csp.Core.NearRepeat;
using Csp.Ingest.Csv;

namespace Csp.Ingest.NearRepeat;

/// <summary>
/// Reads dated incidents in the NearRepeat R package's file shape: <c>X,Y,date</c> per line, projected coordinates in
/// metres, the date as yyyy-MM-dd (or dd/MM/yyyy), with or without a header. Bad lines are issues with line and field.
/// </summary>
public static class XyDateCsvReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    public static (IReadOnlyList<NearRepeatEvent> Events, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        var events = new List<NearRepeatEvent>();
        var issues = new List<ImportIssue>();
        using var csv = new CsvRecordReader(stream);
        var first = true;
        while (csv.Read())
        {
            if (csv.FieldCount == 1 && csv.Field(0).IsEmpty) continue;
            if (csv.FieldCount < 3)
            {
                issues.Add(new ImportIssue(fileName, csv.LineNumber, null, $"expected X,Y,date; found {csv.FieldCount} field(s).", csv.RawRecord()));
                continue;
            }
            var xOk = TryNumber(csv.Field(0), out var x);
            var yOk = TryNumber(csv.Field(1), out var y);
            var dateText = Encoding.UTF8.GetString(csv.Field(2)).Trim().Trim('"');
            var dateOk = DateTime.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            if (first && !xOk && !yOk && !dateOk)
            {
                first = false;
                continue; // a header line
            }
            first = false;
            if (!xOk) issues.Add(new ImportIssue(fileName, csv.LineNumber, "X", $"'{Encoding.UTF8.GetString(csv.Field(0))}' is not a coordinate in metres.", csv.RawRecord()));
            else if (!yOk) issues.Add(new ImportIssue(fileName, csv.LineNumber, "Y", $"'{Encoding.UTF8.GetString(csv.Field(1))}' is not a coordinate in metres.", csv.RawRecord()));
            else if (!dateOk) issues.Add(new ImportIssue(fileName, csv.LineNumber, "date", $"'{dateText}' is not a date (yyyy-MM-dd or dd/MM/yyyy).", csv.RawRecord()));
            else events.Add(new NearRepeatEvent(x, y, DateOnly.FromDateTime(date)));
        }
        return (events, issues);
    }

    private static bool TryNumber(ReadOnlySpan<byte> field, out double value)
    {
        var trimmed = field.Trim(" \""u8);
        return Utf8Parser.TryParse(trimmed, out value, out var used) && used == trimmed.Length && double.IsFinite(value);
    }
}
