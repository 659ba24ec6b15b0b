using Csp.Core.Calendar;

namespace Csp.Core.Tests.Calendar;

/// <summary>GOV.UK's England and Wales bank holidays for 2025 and 2026, typed in by hand for the tests.</summary>
internal static class TestCalendars
{
    public static WorkingDayCalendar EnglandAndWales2025To2026 { get; } = new(
    [
        new(new DateOnly(2025, 1, 1), "New Year’s Day"),
        new(new DateOnly(2025, 4, 18), "Good Friday"),
        new(new DateOnly(2025, 4, 21), "Easter Monday"),
        new(new DateOnly(2025, 5, 5), "Early May bank holiday"),
        new(new DateOnly(2025, 5, 26), "Spring bank holiday"),
        new(new DateOnly(2025, 8, 25), "Summer bank holiday"),
        new(new DateOnly(2025, 12, 25), "Christmas Day"),
        new(new DateOnly(2025, 12, 26), "Boxing Day"),
        new(new DateOnly(2026, 1, 1), "New Year’s Day"),
        new(new DateOnly(2026, 4, 3), "Good Friday"),
        new(new DateOnly(2026, 4, 6), "Easter Monday"),
        new(new DateOnly(2026, 5, 4), "Early May bank holiday"),
        new(new DateOnly(2026, 5, 25), "Spring bank holiday"),
        new(new DateOnly(2026, 8, 31), "Summer bank holiday"),
        new(new DateOnly(2026, 12, 25), "Christmas Day"),
        new(new DateOnly(2026, 12, 28), "Boxing Day (substitute day)"),
    ]);

    public static DateOnly D(string yyyyMmDd) => DateOnly.ParseExact(yyyyMmDd, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
