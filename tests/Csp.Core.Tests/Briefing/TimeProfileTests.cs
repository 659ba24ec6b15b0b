using Csp.Core.Briefing;

namespace Csp.Core.Tests.Briefing;

public sealed class TimeProfileTests
{
    private static readonly DateOnly Monday = new(2025, 3, 3);

    private static IncidentIndex Night()
    {
        var b = new IncidentIndexBuilder();
        b.Add("1", Monday, new TimeOnly(19, 0), "Burglary", 0, 0);      // in 19:00-01:00 (start included)
        b.Add("2", Monday, new TimeOnly(18, 59), "Burglary", 0, 0);     // before it
        b.Add("3", Monday.AddDays(1), new TimeOnly(0, 59), "Burglary", 0, 0); // after midnight, still in
        b.Add("4", Monday.AddDays(1), new TimeOnly(1, 0), "burglary", 0, 0);  // the end excluded; the category's case ignored
        b.Add("5", Monday.AddDays(2), null, "Burglary", 0, 0);          // no time
        b.Add("6", Monday, new TimeOnly(20, 0), "Criminal damage", 0, 0);
        b.Add("7", Monday.AddDays(-1), new TimeOnly(20, 0), "Burglary", 0, 0); // the day before the period
        return b.Build();
    }

    [Fact]
    public void Counts_by_hour_weekday_and_month_and_the_share_in_a_window_across_midnight()
    {
        var result = TimeProfile.Compute(Night(), new TimeProfileRequest(Monday, Monday.AddDays(6), ["BURGLARY"], TimeOfDayWindow.Parse("19:00-01:00")));

        Assert.Equal((5, 1), (result.Total, result.UnknownTime));
        Assert.Equal(4, result.ByHour.Sum());
        Assert.Equal((1, 1, 1, 1), (result.ByHour[19], result.ByHour[18], result.ByHour[0], result.ByHour[1]));
        Assert.Equal((1, 1), (result.ByWeekdayHour[0][19], result.ByWeekdayHour[0][18])); // Monday
        Assert.Equal((1, 1), (result.ByWeekdayHour[1][0], result.ByWeekdayHour[1][1]));   // Tuesday
        Assert.Equal(4, result.ByWeekdayHour.Sum(r => r.Sum()));
        Assert.Equal(5, result.ByMonth[2]);
        Assert.Equal(5, result.ByMonth.Sum());
        Assert.Equal(new WindowShare("19:00", "01:00", 2, 4, 0.5), result.Window);
        Assert.Equal("50% of Burglary happened between 19:00 and 01:00 (2 of 4 with a recorded time).", result.Findings[0]);
        Assert.Contains("1 of 5 (20%) have no recorded time and are left out of the counts by hour.", result.Findings);
    }

    [Fact]
    public void Every_category_is_counted_when_none_is_named()
    {
        var result = TimeProfile.Compute(Night(), new TimeProfileRequest(Monday, Monday.AddDays(6)) { Label = "incidents" });

        Assert.Equal(6, result.Total);
        Assert.Null(result.Window);
        Assert.Equal(["Burglary", "Criminal damage"], result.Categories);
        Assert.Equal(2, result.ByWeekdayHour[0][19] + result.ByWeekdayHour[0][20]);
    }

    [Fact]
    public void A_dated_event_is_compared_with_the_same_days_of_other_weeks_that_touch_no_event()
    {
        var b = new IncidentIndexBuilder();
        var bonfire = new DateOnly(2025, 11, 5);
        for (var i = 0; i < 5; i++) b.Add($"b{i}", bonfire, new TimeOnly(20, i), "Criminal damage", 0, 0);
        // The same Wednesday 1 to 4 weeks either side: 29 Oct, 12 Nov, 22 Oct, 19 Nov, 15 Oct, 26 Nov, 8 Oct, 3 Dec.
        int[] counts = [1, 1, 2, 0, 1, 1, 0, 2];
        int[] shifts = [-7, 7, -14, 14, -21, 21, -28, 28];
        for (var s = 0; s < shifts.Length; s++)
        {
            for (var i = 0; i < counts[s]; i++) b.Add($"w{s}.{i}", bonfire.AddDays(shifts[s]), null, "Criminal damage", 0, 0);
        }
        b.Add("halloween", new DateOnly(2025, 10, 31), new TimeOnly(21, 0), "Criminal damage", 0, 0);
        var index = b.Build();
        var events = new[] { DatedEvent.Annual("Bonfire Night", 11, 5, 11, 5), DatedEvent.Annual("Halloween", 10, 31, 10, 31) };

        var result = TimeProfile.Compute(index, new TimeProfileRequest(new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 31)) { Events = events });
        var withMeeting = TimeProfile.Compute(index, new TimeProfileRequest(new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 31))
        {
            Events = [.. events, DatedEvent.Fixed("Fair", new DateOnly(2025, 11, 12), new DateOnly(2025, 11, 12))],
        });

        var fifth = result.Events.Single(e => e.Event == "Bonfire Night");
        // 8 runs averaging 8 / 8 = 1 incident; P(X >= 5 | Poisson(1)) = 1 - e^-1 (1 + 1 + 1/2 + 1/6 + 1/24) = 0.0036598.
        Assert.Equal((5, 8, 1.0, 5.0), (fifth.Observed, fifth.ComparisonRuns, fifth.Expected!.Value, fifth.Ratio!.Value));
        Assert.Equal(0.00365984682734366, fifth.PValue!.Value, 1e-12);
        Assert.Contains("Bonfire Night (5 Nov 2025): 5 against 1.0 on the same days of 8 other weeks, more than usual (5.0 times).", result.Findings);
        // The fair on 12 November takes that week out of the comparison: 7 runs, (8 - 1) / 7 = 1.
        var without = withMeeting.Events.Single(e => e.Event == "Bonfire Night");
        Assert.Equal((7, 1.0), (without.ComparisonRuns, without.Expected!.Value));
        Assert.Equal(1, result.Events.Single(e => e.Event == "Halloween").Observed);
    }

    [Fact]
    public void A_whole_year_names_its_busiest_and_quietest_months()
    {
        var b = new IncidentIndexBuilder();
        for (var m = 1; m <= 12; m++)
        {
            for (var i = 0; i < m; i++) b.Add($"{m}.{i}", new DateOnly(2025, m, 10), new TimeOnly(12, 0), "Violence against the person", 0, 0);
        }

        var result = TimeProfile.Compute(b.Build(), new TimeProfileRequest(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        Assert.Equal(Enumerable.Range(1, 12), result.ByMonth);
        Assert.Contains("Most fell in December (12) and fewest in January (1).", result.Findings);
    }
}
