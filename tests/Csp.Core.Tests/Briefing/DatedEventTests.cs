using Csp.Core.Briefing;

namespace Csp.Core.Tests.Briefing;

public sealed class DatedEventTests
{
    [Fact]
    public void An_annual_event_occurs_in_each_year_of_the_span()
    {
        var bonfire = DatedEvent.Annual("Bonfire Night", 11, 5, 11, 5);

        var occurrences = bonfire.OccurrencesWithin(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)).ToList();

        Assert.Equal([(new DateOnly(2024, 11, 5), new DateOnly(2024, 11, 5)), (new DateOnly(2025, 11, 5), new DateOnly(2025, 11, 5))], occurrences);
    }

    [Fact]
    public void An_annual_event_over_the_new_year_ends_in_the_next_year_and_is_cut_to_the_span()
    {
        var newYear = DatedEvent.Annual("New Year's Eve", 12, 31, 1, 1);

        var occurrences = newYear.OccurrencesWithin(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)).ToList();

        // 31 Dec 2024 - 1 Jan 2025 is cut to 1 Jan 2025; 31 Dec 2025 - 1 Jan 2026 to 31 Dec 2025.
        Assert.Equal([(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1)), (new DateOnly(2025, 12, 31), new DateOnly(2025, 12, 31))], occurrences);
    }

    [Fact]
    public void A_fixed_event_occurs_once_and_29_February_only_in_leap_years()
    {
        var holiday = DatedEvent.Fixed("Summer holiday", new DateOnly(2025, 7, 23), new DateOnly(2025, 9, 2));
        var leapDay = DatedEvent.Annual("Leap day", 2, 29, 2, 29);

        Assert.Single(holiday.OccurrencesWithin(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Empty(holiday.OccurrencesWithin(new DateOnly(2024, 1, 1), new DateOnly(2025, 7, 22)));
        Assert.Equal([new DateOnly(2024, 2, 29)], leapDay.OccurrencesWithin(new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31)).Select(o => o.From));
    }
}
