using Csp.Core.Calendar;

namespace Csp.Core.Tests.Calendar;

public sealed class EnglandDateTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void In_summer_23_30_UTC_is_already_the_next_day_in_England()
    {
        Assert.Equal(new DateOnly(2025, 7, 2), EnglandDate.Today(new FixedClock(new DateTimeOffset(2025, 7, 1, 23, 30, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void In_winter_England_keeps_the_UTC_date()
    {
        Assert.Equal(new DateOnly(2025, 12, 1), EnglandDate.Today(new FixedClock(new DateTimeOffset(2025, 12, 1, 23, 30, 0, TimeSpan.Zero))));
    }
}
