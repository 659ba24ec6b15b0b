using Csp.Core.Incidents;

namespace Csp.Core.Tests.Incidents;

public sealed class RepeatVictimisationTests
{
    private static int _id;

    private static IncidentRecord Da(string? victim, int year, int month, int day, bool domestic = true, TimeOnly? time = null) =>
        new($"i{++_id}", _id, new DateOnly(year, month, day), time, "Domestic abuse", 27700, 0, 0, null, victim, null, domestic, null, null);

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
        // The share is over incidents: 5 repeat incidents of 6 = 83.3%; of the victims, 3 of 4.
        Assert.Equal(83.3m, result.PercentRepeat);
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
    public void On_the_same_day_only_the_later_by_the_clock_is_a_repeat_when_both_times_are_known()
    {
        IncidentRecord[] incidents =
        [
            Da("F", 2025, 2, 1, time: new TimeOnly(21, 0)), Da("F", 2025, 2, 1, time: new TimeOnly(9, 0)),
            Da("G", 2025, 2, 2, time: new TimeOnly(9, 0)), Da("G", 2025, 2, 2),
        ];

        var result = RepeatVictimisation.Compute(incidents, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));

        // F: the 21:00 incident follows the 09:00 one (1 repeat); G: one time unknown, so each counts as the other's earlier (2).
        Assert.Equal((4L, 3L, 2L), (result.Incidents, result.RepeatIncidents, result.RepeatVictims));
        Assert.Equal(75.0m, result.PercentRepeat);
    }

    [Fact]
    public void The_share_has_the_form_of_seed_000s_domestic_abuse_table()
    {
        // Seed 000, "Strategic Assessment 2010: Domestic abuse data": Dartford 286 of 1,320 DA incidents, "21.7%";
        // Gravesham 373 of 1,606, "23.2%"; Kent 5,032 of 21,561, "23.3%". Built as incidents: n victims each with one
        // incident in the year before the period and one in it (a repeat), and the rest with one incident in it only.
        foreach (var (repeats, incidents, published) in new[] { (286, 1320, 21.7m), (373, 1606, 23.2m), (5032, 21561, 23.3m) })
        {
            var records = new List<IncidentRecord>();
            for (var i = 0; i < incidents; i++)
            {
                var victim = $"v{i}";
                if (i < repeats) records.Add(Da(victim, 2009, 9, 1));
                records.Add(Da(victim, 2010, 3, 1));
            }

            var result = RepeatVictimisation.Compute(records, new DateOnly(2009, 10, 1), new DateOnly(2010, 9, 30));

            Assert.Equal((incidents, repeats), ((int)result.Incidents, (int)result.RepeatIncidents));
            Assert.Equal(published, result.PercentRepeat);
        }
    }
}
