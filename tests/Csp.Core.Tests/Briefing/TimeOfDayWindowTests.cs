using Csp.Core.Briefing;

namespace Csp.Core.Tests.Briefing;

public sealed class TimeOfDayWindowTests
{
    [Theory]
    [InlineData("19:00", true)]
    [InlineData("23:59", true)]
    [InlineData("00:00", true)]
    [InlineData("00:59", true)]
    [InlineData("01:00", false)]
    [InlineData("18:59", false)]
    [InlineData("12:00", false)]
    public void A_window_across_midnight_includes_its_start_and_excludes_its_end(string time, bool inside)
    {
        var window = TimeOfDayWindow.Parse("19:00-01:00");

        Assert.True(window.SpansMidnight);
        Assert.Equal(360, window.Minutes);
        Assert.Equal(inside, window.Contains(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_window_within_the_day_does_not_span_midnight()
    {
        var window = TimeOfDayWindow.Parse("09:00-17:30");

        Assert.False(window.SpansMidnight);
        Assert.Equal(510, window.Minutes);
        Assert.True(window.ContainsMinute(9 * 60));
        Assert.False(window.ContainsMinute(17 * 60 + 30));
        Assert.Equal("09:00-17:30", window.ToString());
    }

    [Theory]
    [InlineData("19:00")]
    [InlineData("19:00-19:00")]
    [InlineData("25:00-01:00")]
    [InlineData("7pm-1am")]
    public void Text_that_is_not_two_different_clock_times_is_refused(string text)
    {
        Assert.False(TimeOfDayWindow.TryParse(text, out _));
        Assert.Throws<FormatException>(() => TimeOfDayWindow.Parse(text));
    }
}
