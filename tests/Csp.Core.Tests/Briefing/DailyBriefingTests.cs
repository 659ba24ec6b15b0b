using System.Text.Json;
using Csp.Core.Briefing;
using Csp.Core.Taskings;

namespace Csp.Core.Tests.Briefing;

public sealed class DailyBriefingTests
{
    private static readonly DateTime Until = new(2025, 3, 4, 9, 0, 0); // a Tuesday
    private static readonly BriefingWindow Window = BriefingWindow.Default(Until);

    private static IncidentIndex Incidents()
    {
        var b = new IncidentIndexBuilder();
        var today = DateOnly.FromDateTime(Until);
        var yesterday = today.AddDays(-1);
        // In the window (Mon 09:00 to Tue 09:00):
        b.Add("I1", yesterday, new TimeOnly(9, 0), "ASB", 100, 100, "Northfleet", "L-7 King St", "V-1");        // start included
        b.Add("I2", yesterday, new TimeOnly(22, 30), "ASB", 110, 100, "Northfleet", "L-7 King St", "V-1");
        b.Add("I3", today, null, "Burglary", 1000, 1000, "Painters Ash", "L-9 Elm Rd", null);                 // untimed today: at 00:00
        b.Add("I4", today, new TimeOnly(8, 59), "Burglary", 1050, 1000, "Painters Ash", null, "V-2");
        // Outside it:
        b.Add("I5", yesterday, new TimeOnly(8, 59), "ASB", 100, 100, "Northfleet", "L-7 King St", "V-1");      // just before
        b.Add("I6", today, new TimeOnly(9, 0), "ASB", 100, 100, "Northfleet", "L-7 King St", null);           // the end excluded
        b.Add("I7", yesterday, null, "ASB", 100, 100, "Northfleet", "L-8 Queen St", null);                    // untimed yesterday: at 00:00, before
        b.Add("I8", today.AddDays(-10), new TimeOnly(3, 0), "Burglary", 1100, 1000, "Painters Ash", "L-9 Elm Rd", "V-2");
        b.Add("I9", today.AddDays(-40), new TimeOnly(3, 0), "ASB", 100, 100, "Northfleet", "L-7 King St", "V-1"); // outside the 28 days of repeat locations
        b.Add("I10", today.AddDays(-100), new TimeOnly(3, 0), "ASB", 100, 100, "Northfleet", null, "V-2");
        return b.Build();
    }

    private static readonly Tasking[] Tasks =
    [
        new("T1", "Patrol King Street 20:00-23:00", "King Street", new TaskOwner("Police", "PCSO Green"), new DateOnly(2025, 2, 20), new DateOnly(2025, 3, 1), TaskingStatus.Open),
        new("T2", "Fit target hardening at Elm Road", "L-9 Elm Rd", new TaskOwner("Council"), new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 5), TaskingStatus.Open),
        new("T3", "Letter drop", "Elm Road", new TaskOwner("Council"), new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 10), TaskingStatus.Open),
        new("T4", "Remove graffiti", null, new TaskOwner("Council"), new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 2), TaskingStatus.Completed, "Removed"),
    ];

    [Fact]
    public void The_window_includes_its_start_excludes_its_end_and_places_untimed_incidents_at_midnight()
    {
        var result = DailyBriefing.Build(new BriefingRequest(Window), Incidents(), Tasks);

        Assert.Equal((Window.Since, Window.Until), (result.Since, result.Until));
        Assert.Equal(["I1", "I2", "I3", "I4"], result.IncidentList.Select(i => i.Id));
        Assert.Equal((4, 1), (result.Total, result.Untimed));
        Assert.Equal([new CategoryCount("ASB", 2), new CategoryCount("Burglary", 2)], result.Incidents);
        Assert.Equal(["Northfleet", "Painters Ash"], result.Places.Select(p => p.Place));
    }

    [Fact]
    public void Repeat_locations_and_victims_count_their_own_window_and_victim_keys_need_entitlement()
    {
        var counts = DailyBriefing.Build(new BriefingRequest(Window), Incidents(), Tasks);
        var named = DailyBriefing.Build(new BriefingRequest(Window) { PersonalDataEntitled = true }, Incidents(), Tasks);

        // L-7: I5, I1, I2 in the 28 days (I9 is 40 days back); L-9: I8, I3.
        Assert.Equal([("L-7 King St", 3, 2), ("L-9 Elm Rd", 2, 1)], counts.RepeatLocations.Select(r => (r.LocationKey, r.Count, r.SinceLastBriefing)));
        // V-1: I9, I5, I1, I2 = 4 in 182 days; V-2: I10, I8, I4 = 3.
        Assert.Equal([(null, 4), (null, 3)], counts.RepeatVictims.Select(r => (r.VictimKey, r.Count)));
        Assert.False(counts.VictimKeysShown);
        Assert.Equal([("V-1", 4), ("V-2", 3)], named.RepeatVictims.Select(r => (r.VictimKey, r.Count)));
    }

    [Fact]
    public void A_burglary_starts_a_near_repeat_window_and_counts_those_already_near_it()
    {
        var request = new BriefingRequest(Window) { NearRepeat = [new NearRepeatSignature("burglary", 201, 14)] };

        var result = DailyBriefing.Build(request, Incidents(), Tasks);

        // I3 (1000, 1000): I8 at 100 m 10 days before. I4 (1050, 1000): I8 at 50 m and I3 at 50 m.
        Assert.Equal([("I3", 1, new DateOnly(2025, 3, 18)), ("I4", 2, new DateOnly(2025, 3, 18))],
            result.NearRepeatAlerts.Select(a => (a.IncidentId, a.EarlierNearby, a.AlertUntil)));
    }

    [Fact]
    public void Overdue_and_due_tasks_are_shown_to_their_agency_until_closed()
    {
        var all = DailyBriefing.Build(new BriefingRequest(Window), Incidents(), Tasks);
        var council = DailyBriefing.Build(new BriefingRequest(Window) { ViewerAgency = "Council" }, Incidents(), Tasks);

        // T1 due 1 March: 3 days overdue on 4 March. T2 due 5 March is within the day's look-ahead; T3 is not; T4 is done.
        Assert.Equal([("T1", true, 3), ("T2", false, 0)], all.TasksDue.Select(t => (t.Task.Id, t.Overdue, t.DaysOverdue)));
        Assert.Equal(["T2"], council.TasksDue.Select(t => t.Task.Id));
    }

    [Fact]
    public void The_json_has_the_names_the_briefing_command_promises()
    {
        var result = DailyBriefing.Build(new BriefingRequest(Window), Incidents(), Tasks);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        foreach (var name in (string[])["since", "until", "incidents", "emerging", "repeatLocations", "repeatVictims", "tasksDue"])
        {
            Assert.True(json.RootElement.TryGetProperty(name, out _), name);
        }
        Assert.Equal("2025-03-03T09:00:00", json.RootElement.GetProperty("since").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("incidents")[0].GetProperty("count").GetInt32());
    }
}
