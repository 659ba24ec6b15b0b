using System.Text;
using Csp.Core.Calendar;
using Csp.Ingest.Calendar;

namespace Csp.Ingest.Tests.Calendar;

public sealed class BankHolidayCsvReaderTests
{
    private static readonly string ShippedFile = Path.Combine(RepositoryFiles.Root, "data", "config", "bank-holidays-england-and-wales.csv");

    private static (IReadOnlyList<BankHoliday> Holidays, IReadOnlyList<Csp.Core.Imports.ImportIssue> Issues) Read(string text) =>
        BankHolidayCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "holidays.csv");

    private static (IReadOnlyList<BankHoliday> Holidays, IReadOnlyList<Csp.Core.Imports.ImportIssue> Issues) ReadShipped()
    {
        using var file = File.OpenRead(ShippedFile);
        return BankHolidayCsvReader.Read(file, "bank-holidays-england-and-wales.csv");
    }

    [Fact]
    public void The_shipped_list_reads_cleanly_and_covers_2018_to_2030()
    {
        var (holidays, issues) = ReadShipped();

        Assert.Empty(issues);
        Assert.Equal(2018, holidays[0].Date.Year);
        Assert.Equal(2030, holidays[^1].Date.Year);
        Assert.Equal(Enumerable.Range(2018, 13), holidays.Select(h => h.Date.Year).Distinct());
    }

    [Fact]
    public void The_shipped_list_is_the_standard_rules_plus_the_proclaimed_one_off_and_moved_holidays()
    {
        // A cross-check only: the file, not these rules, is what the product uses (proclamations change it).
        var expected = new SortedSet<DateOnly>();
        for (var year = 2018; year <= 2030; year++) expected.UnionWith(StandardRules(year));
        expected.Remove(new DateOnly(2020, 5, 4)); expected.Add(new DateOnly(2020, 5, 8));   // early May moved to VE day
        expected.Remove(new DateOnly(2022, 5, 30)); expected.Add(new DateOnly(2022, 6, 2));  // spring moved for the Platinum Jubilee
        expected.Add(new DateOnly(2022, 6, 3));   // Platinum Jubilee
        expected.Add(new DateOnly(2022, 9, 19));  // State Funeral of Queen Elizabeth II
        expected.Add(new DateOnly(2023, 5, 8));   // Coronation of King Charles III

        Assert.Equal(expected, ReadShipped().Holidays.Select(h => h.Date));
    }

    [Fact]
    public void Christmas_2025_and_the_2026_Boxing_Day_substitute_are_in_the_shipped_list()
    {
        var calendar = new WorkingDayCalendar(ReadShipped().Holidays);

        Assert.Equal(new DateOnly(2025, 12, 29), calendar.AddWorkingDays(new DateOnly(2025, 12, 18), 5));
        Assert.Equal("Boxing Day (substitute day)", calendar.Holidays.Single(h => h.Date == new DateOnly(2026, 12, 28)).Title);
    }

    [Fact]
    public void Easter_Sunday_by_the_anonymous_Gregorian_algorithm_matches_known_dates()
    {
        Assert.Equal(new DateOnly(2024, 3, 31), EasterSunday(2024));
        Assert.Equal(new DateOnly(2025, 4, 20), EasterSunday(2025));
        Assert.Equal(new DateOnly(2038, 4, 25), EasterSunday(2038)); // the latest possible date
        Assert.Equal(new DateOnly(2008, 3, 23), EasterSunday(2008));
    }

    [Fact]
    public void A_bad_date_a_weekend_date_and_a_repeated_date_are_issues_with_line_and_field()
    {
        var (holidays, issues) = Read(
            "date,title\n2025-01-01,New Year’s Day\n2025-13-01,Typo\n2025-12-27,Saturday\n2025-01-01,Again\n2025-04-18,Good Friday\n" +
            "2025-04-21,Easter Monday\n2025-05-05,Early May\n2025-05-26,Spring\n2025-08-25,Summer\n2025-12-25,Christmas Day\n26/12/2025,Boxing Day\n");

        Assert.Equal(8, holidays.Count);
        Assert.Equal(new DateOnly(2025, 12, 26), holidays[^1].Date); // dd/MM/yyyy is read too
        Assert.Equal(
        [
            "holidays.csv, line 3, field 'date': '2025-13-01' is not a date as yyyy-MM-dd (or dd/MM/yyyy).",
            "holidays.csv, line 4, field 'date': 2025-12-27 is a Saturday: a bank holiday that falls at a weekend is given on a weekday substitute, which GOV.UK lists instead.",
            "holidays.csv, line 5, field 'date': 2025-01-01 is listed twice (first on line 2).",
        ], issues.Select(i => i.ToString()));
    }

    [Fact]
    public void A_year_with_fewer_than_eight_holidays_inside_the_list_is_an_issue()
    {
        var (_, issues) = Read("date,title\n2024-12-25,Christmas Day\n2026-01-01,New Year’s Day\n");

        Assert.Equal(
        [
            "holidays.csv, field 'date': 2024 has 1 bank holiday; England and Wales have at least 8 every year: add the missing ones from GOV.UK.",
            "holidays.csv, field 'date': 2025 has 0 bank holidays; England and Wales have at least 8 every year: add the missing ones from GOV.UK.",
            "holidays.csv, field 'date': 2026 has 1 bank holiday; England and Wales have at least 8 every year: add the missing ones from GOV.UK.",
        ], issues.Select(i => i.ToString()));
    }

    [Fact]
    public void A_file_without_a_date_column_is_refused_whole()
    {
        var (holidays, issues) = Read("day,title\n2025-01-01,New Year’s Day\n");

        Assert.Empty(holidays);
        Assert.Equal("holidays.csv, line 1, field 'date': the header has no 'date' column; the header read was: day,title", Assert.Single(issues).ToString());
    }

    private static IEnumerable<DateOnly> StandardRules(int year)
    {
        static DateOnly Weekday(DateOnly d) => d.DayOfWeek switch
        {
            DayOfWeek.Saturday => d.AddDays(2),
            DayOfWeek.Sunday => d.AddDays(1),
            _ => d,
        };
        static DateOnly FirstMonday(int y, int m)
        {
            var d = new DateOnly(y, m, 1);
            while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(1);
            return d;
        }
        static DateOnly LastMonday(int y, int m)
        {
            var d = new DateOnly(y, m, DateTime.DaysInMonth(y, m));
            while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(-1);
            return d;
        }
        var easter = EasterSunday(year);
        yield return Weekday(new DateOnly(year, 1, 1));
        yield return easter.AddDays(-2);
        yield return easter.AddDays(1);
        yield return FirstMonday(year, 5);
        yield return LastMonday(year, 5);
        yield return LastMonday(year, 8);
        // Christmas on a Saturday: Monday 27 and Tuesday 28; on a Sunday: Boxing Day Monday 26, Christmas Tuesday 27;
        // Boxing Day alone on a Saturday: Monday 28.
        var christmas = new DateOnly(year, 12, 25);
        switch (christmas.DayOfWeek)
        {
            case DayOfWeek.Saturday: yield return christmas.AddDays(2); yield return christmas.AddDays(3); break;
            case DayOfWeek.Sunday: yield return christmas.AddDays(1); yield return christmas.AddDays(2); break;
            case DayOfWeek.Friday: yield return christmas; yield return christmas.AddDays(3); break;
            default: yield return christmas; yield return christmas.AddDays(1); break;
        }
    }

    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
