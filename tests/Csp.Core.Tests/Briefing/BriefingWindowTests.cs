using Csp.Core.Briefing;

namespace Csp.Core.Tests.Briefing;

public sealed class BriefingWindowTests
{
    [Fact]
    public void By_default_a_briefing_covers_the_previous_24_hours_to_the_minute()
    {
        var window = BriefingWindow.Default(new DateTime(2025, 3, 4, 9, 15, 42)); // a Tuesday

        Assert.Equal((new DateTime(2025, 3, 3, 9, 15, 0), new DateTime(2025, 3, 4, 9, 15, 0)), (window.Since, window.Until));
    }

    [Fact]
    public void On_a_Monday_it_covers_the_weekend_since_the_same_time_on_Friday()
    {
        var window = BriefingWindow.Default(new DateTime(2025, 3, 3, 9, 0, 0));

        Assert.Equal(new DateTime(2025, 2, 28, 9, 0, 0), window.Since);
    }

    [Fact]
    public void Any_range_can_be_given_and_an_end_before_the_start_is_refused()
    {
        var now = new DateTime(2025, 3, 4, 9, 0, 0);

        Assert.Equal(new DateTime(2025, 3, 1, 0, 0, 0), BriefingWindow.From(now, new DateTime(2025, 3, 1, 0, 0, 0), null).Since);
        Assert.Equal(new DateTime(2025, 2, 28, 12, 0, 0), BriefingWindow.From(now, null, new DateTime(2025, 3, 3, 12, 0, 0)).Since); // a Monday end: since Friday
        Assert.Throws<ArgumentException>(() => new BriefingWindow(now, now.AddMinutes(-1)));
    }
}
