using System.Globalization;
using Csp.Ingest.Incidents;

namespace Csp.Ingest.Tests.Incidents;

public sealed class IncidentDateTimeTests
{
    [Theory]
    [InlineData("2025-03-04", "2025-03-04", null)]
    [InlineData("2025/03/04", "2025-03-04", null)]
    [InlineData("2025-03-04T19:30", "2025-03-04", "19:30")]
    [InlineData("2025-03-04 19:30:15", "2025-03-04", "19:30:15")]
    [InlineData("2025-03-04T19:30:15.123", "2025-03-04", "19:30:15.123")]
    [InlineData("04/03/2025", "2025-03-04", null)]
    [InlineData("4/3/2025 7:05", "2025-03-04", "07:05")]
    [InlineData("04/03/2025 19:30:00", "2025-03-04", "19:30")]
    [InlineData("04/03/2025 7:30 PM", "2025-03-04", "19:30")]
    [InlineData("04-03-2025 19:30", "2025-03-04", "19:30")]
    [InlineData("4 Mar 2025", "2025-03-04", null)]
    [InlineData("4 March 2025 23:10", "2025-03-04", "23:10")]
    [InlineData("04-Mar-2025", "2025-03-04", null)]
    [InlineData("30 Sept 2025", "2025-09-30", null)]
    public void Local_dates_and_times_in_the_forms_partner_systems_export_are_read_as_written(string text, string date, string? time)
    {
        Assert.True(IncidentDateTime.TryParseDate(text, out var d, out var t, out var error), error);
        Assert.Equal(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), d);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, CultureInfo.InvariantCulture), t);
    }

    [Fact]
    public void A_slashed_date_is_day_first()
    {
        Assert.True(IncidentDateTime.TryParseDate("03/04/2025", out var d, out _, out _));

        Assert.Equal(new DateOnly(2025, 4, 3), d);
    }

    [Theory]
    [InlineData("2025-01-15T18:30:00Z", "2025-01-15", "18:30")]      // GMT in winter: unchanged
    [InlineData("2025-07-15T18:30:00Z", "2025-07-15", "19:30")]      // BST in summer: an hour on
    [InlineData("2025-07-15T23:30:00+00:00", "2025-07-16", "00:30")] // across midnight into the next day
    [InlineData("2025-07-15T19:30:00+0100", "2025-07-15", "19:30")]
    [InlineData("2025-03-30T00:30:00Z", "2025-03-30", "00:30")]      // before the clocks go forward at 01:00 UTC
    [InlineData("2025-03-30T01:30:00Z", "2025-03-30", "02:30")]      // after
    [InlineData("2025-10-26T00:30:00Z", "2025-10-26", "01:30")]      // the first 01:30 of the day the clocks go back
    [InlineData("2025-10-26T01:30:00Z", "2025-10-26", "01:30")]      // the second
    [InlineData("2025-01-15T13:30:00-05:00", "2025-01-15", "18:30")]
    public void An_instant_with_z_or_an_offset_is_converted_to_uk_time(string text, string date, string time)
    {
        Assert.True(IncidentDateTime.TryParseDate(text, out var d, out var t, out var error), error);
        Assert.Equal((DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeOnly.Parse(time, CultureInfo.InvariantCulture)), (d, t!.Value));
    }

    [Theory]
    [InlineData("2025-07-01T00:00:00Z")]
    [InlineData("2025-07-01 00:00")]
    [InlineData("01/07/2025 00:00:00")]
    public void Midnight_in_a_date_time_means_no_time_was_recorded(string text)
    {
        Assert.True(IncidentDateTime.TryParseDate(text, out var d, out var t, out _));
        Assert.Equal((new DateOnly(2025, 7, 1), (TimeOnly?)null), (d, t));
    }

    [Theory]
    [InlineData("03/04/25", "two-digit year")]
    [InlineData("12/31/2025", "looks month first (US)")]
    [InlineData("31/02/2025", "is not a day of the calendar")]
    [InlineData("45721", "Excel serial day number")]
    [InlineData("2025-13-02", "is not a date: give yyyy-MM-dd")]
    [InlineData("yesterday", "is not a date: give yyyy-MM-dd")]
    [InlineData("", "the date is missing")]
    public void Ambiguous_and_impossible_dates_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(IncidentDateTime.TryParseDate(text, out _, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19:30", "19:30")]
    [InlineData("7:05", "07:05")]
    [InlineData("19:30:59", "19:30:59")]
    [InlineData("2215", "22:15")]
    [InlineData("7:30 PM", "19:30")]
    [InlineData("00:00", "00:00")]
    public void A_separate_time_column_is_read_and_midnight_there_is_a_time(string text, string expected)
    {
        Assert.True(IncidentDateTime.TryParseTime(text, out var t, out _));
        Assert.Equal(TimeOnly.Parse(expected, CultureInfo.InvariantCulture), t);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("19.30")]
    [InlineData("evening")]
    public void A_time_that_is_not_on_the_clock_is_refused(string text)
    {
        Assert.False(IncidentDateTime.TryParseTime(text, out _, out var error));
        Assert.Contains("is not a time of day", error, StringComparison.Ordinal);
    }
}
