using Csp.Core.Calendar;
using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Calendar;

/// <summary>
/// The bank holiday list the administrator keeps (data/config/bank-holidays-england-and-wales.csv): <c>date,title</c>
/// and any other columns (the shipped file's <c>source</c>). Checks what a typing slip would break: a date that is not a
/// date, one listed twice, one on a weekend (GOV.UK lists the weekday substitute instead), and a year inside the list with
/// fewer than the eight bank holidays England and Wales have every year. Issues name file, line and field; the good rows
/// are returned either way.
/// </summary>
public static class BankHolidayCsvReader
{
    private const int HolidaysEveryYear = 8;

    public static (IReadOnlyList<BankHoliday> Holidays, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(["date", "title"], "a bank holiday list (date,title)")) return ([], [csv.FileError!]);
        int dateColumn = csv.Column("date"), titleColumn = csv.Column("title");
        var holidays = new List<BankHoliday>();
        var seen = new Dictionary<DateOnly, long>();
        while (csv.ReadRow())
        {
            if (!csv.TryText(dateColumn, "date", null, out var text) || !csv.TryText(titleColumn, "title", null, out var title)) continue;
            if (!DateField.TryParse(text, out var date))
            {
                csv.Quarantine("date", $"'{text}' is not {DateField.Expected}.");
                continue;
            }
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                csv.Quarantine("date", $"{date:yyyy-MM-dd} is a {date.DayOfWeek}: a bank holiday that falls at a weekend is given on a weekday substitute, which GOV.UK lists instead.");
                continue;
            }
            if (seen.TryGetValue(date, out var firstLine))
            {
                csv.Quarantine("date", $"{date:yyyy-MM-dd} is listed twice (first on line {firstLine}).");
                continue;
            }
            seen[date] = csv.Line;
            holidays.Add(new BankHoliday(date, title.Length == 0 ? "Bank holiday" : title));
        }
        var issues = csv.Issues.ToList();
        if (holidays.Count > 0)
        {
            var perYear = holidays.GroupBy(h => h.Date.Year).ToDictionary(g => g.Key, g => g.Count());
            for (var year = perYear.Keys.Min(); year <= perYear.Keys.Max(); year++)
            {
                var count = perYear.GetValueOrDefault(year);
                if (count < HolidaysEveryYear)
                {
                    issues.Add(new ImportIssue(fileName, 0, "date",
                        $"{year} has {count} bank holiday{(count == 1 ? "" : "s")}; England and Wales have at least {HolidaysEveryYear} every year: add the missing ones from GOV.UK."));
                }
            }
        }
        return (holidays.OrderBy(h => h.Date).ToList(), issues);
    }
}
