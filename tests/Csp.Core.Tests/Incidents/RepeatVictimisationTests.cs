using Csp.Core.Incidents;

namespace Csp.Core.Tests.Incidents;

public sealed class RepeatVictimisationTests
{
    private static int _id;

    private static IncidentRecord Da(string? victim, int year, int month, int day, bool domestic = true) =>
        new($"i{++_id}", _id, new DateOnly(year, month, day), null, "Domestic abuse", 27700, 0, 0, null, victim, null, domestic, null, null);

    private static readonly IncidentRecord[] Incidents =
    [
        Da("A", 2024, 3, 1), Da("A", 2025, 2, 15), Da("A", 2025, 5, 1), Da("A", 2025, 4, 10, domestic: false),
        Da("B", 2024, 1, 10), Da("B", 2025, 1, 11),            // 12 months and a day apart: not a repeat
        Da("C", 2025, 3, 3), Da("C", 2025, 3, 3),              // two records the same day: both repeats
        Da("D", 2024, 6, 1),                                   // before the period only
        Da("E", 2024, 1, 11), Da("E", 2025, 1, 11),            // exactly 12 months: the window is inclusive
        Da(null, 2025, 4, 1),                                  // no victim key: not judged
    ];

    [Fact]
    public void A_repeat_victim_has_another_domestic_abuse_incident_in_the_previous_twelve_months()
    {
        var result = RepeatVictimisation.Compute(Incidents, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));

        // In the period: A twice, B, C twice, E = 6 incidents of 4 victims; repeats: A (both), C (both), E = 5 incidents, 3 victims.
        Assert.Equal(new RepeatVictimisationResult(6, 4, 3, 5, 1, 12), result);
        Assert.Equal(50.0m, result.PercentRepeatVictims);
        Assert.Equal(75.0m, result.PercentOfVictims);
    }

    [Fact]
    public void The_window_is_configurable()
    {
        var result = RepeatVictimisation.Compute(Incidents, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), new RepeatVictimisationOptions(6));

        // Six months: A's February incident no longer looks back to March 2024, E's to January 2024; A (May) and C remain.
        Assert.Equal((2L, 3L), (result.RepeatVictims, result.RepeatIncidents));
    }

    [Fact]
    public void The_percentage_is_over_incidents_as_seed_000_gives_it()
    {
        // Seed 000 line 145: Dartford 286 repeat victims of 1,320 DA incidents, "21.7%"; line 146: 373 of 1,606, "23.2%".
        Assert.Equal(21.7m, new RepeatVictimisationResult(1320, 1100, 286, 300, 0, 12).PercentRepeatVictims);
        Assert.Equal(23.2m, new RepeatVictimisationResult(1606, 1300, 373, 400, 0, 12).PercentRepeatVictims);
    }
}
