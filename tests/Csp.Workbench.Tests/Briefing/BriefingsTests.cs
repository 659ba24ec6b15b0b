using System.Text;
using Csp.Core.Briefing;
using Csp.Ingest.Sources;
using Csp.Storage;
using Csp.Storage.Loaders;
using Csp.Testing;
using Csp.Workbench.Assessment;
using Csp.Workbench.Audit;
using Csp.Workbench.Briefing;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Briefing;

/// <summary>
/// The briefing, time profile and tasking use cases on SQLite, over hand-made incidents in Gravesham (the demonstration
/// set removed first) whose every expected figure is worked out by hand below.
/// </summary>
[Collection(BriefingSampleCollection.Name)]
public sealed class BriefingsTests(BriefingSample sample)
{
    // Tuesday 10 November 2026, 08:00 GMT (UK local time is GMT in November): the default window is Monday 08:00 to Tuesday 08:00.
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 10, 8, 0, 0, TimeSpan.Zero);

    // Points in two Gravesham wards (LSOA population-weighted centroids' neighbourhoods, as the demo file places them).
    private const string Whitehill = "565653,172809";
    private const string Westcourt = "566752,173038";
    private const string Northfleet = "562700,173300";

    /// <summary>
    /// H1, H2, H3 are in the window; H4 at its end (excluded), H5 a minute before it, H6 untimed on Monday (00:00, before
    /// 08:00). V1 is the victim of H1, H7 and H8 (3 in 182 days, one in the window): a repeat victim. L1 is the address of
    /// H1 and H7 (2 in 28 days): a repeat location. D1-D3: three criminal damage at one spot with no history (the emerging test).
    /// H9 at 00:30 is inside 19:00-01:00.
    /// </summary>
    private const string Incidents = $"""
        id,date,time,category,easting,northing,location_key,victim_key
        H1,2026-11-09,09:00,Anti-social behaviour,{Whitehill},L1,V1
        H2,2026-11-09,21:30,Violence against the person,{Whitehill},L2,
        H3,2026-11-10,07:59,Anti-social behaviour,{Westcourt},L3,
        H4,2026-11-10,08:00,Anti-social behaviour,{Westcourt},L4,
        H5,2026-11-09,07:59,Anti-social behaviour,{Westcourt},L5,
        H6,2026-11-09,,Anti-social behaviour,{Westcourt},L6,
        H7,2026-11-01,12:00,Anti-social behaviour,{Whitehill},L1,V1
        H8,2026-10-20,,Anti-social behaviour,{Whitehill},L8,V1
        H9,2026-11-05,00:30,Violence against the person,{Whitehill},L9,
        D1,2026-11-04,18:00,Criminal damage,{Northfleet},,
        D2,2026-11-06,18:00,Criminal damage,{Northfleet},,
        D3,2026-11-08,18:00,Criminal damage,{Northfleet},,
        """;

    private static readonly BriefingViewer Analyst = new("a.analyst", "Community Safety Unit (council)", SeesAllAgencies: true, PersonalDataEntitled: true);
    private static readonly BriefingViewer Police = new("p.officer", "Police", SeesAllAgencies: false, PersonalDataEntitled: false);
    private static readonly BriefingViewer Fire = new("f.officer", "Fire and Rescue Service", SeesAllAgencies: false, PersonalDataEntitled: false);

    private async Task<(ServiceProvider Services, MovableClock Clock)> ArrangeAsync()
    {
        var database = sample.Copy();
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            Sql.Execute(connection, null, "DELETE FROM incidents");
        }
        var clock = new MovableClock(Tuesday);
        var bytes = Encoding.UTF8.GetBytes(Incidents.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        var file = new InputFile("hand-worked.csv", bytes.Length, () =>
        {
            var memory = new MemoryStream(bytes);
            return new ProgressStream(memory, () => memory.Position, memory);
        });
        var report = await new IncidentImporter(database, clock).ImportAsync(file, 27700, CancellationToken.None);
        Assert.Equal(12, report.RowsAdded);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddCsp(_ => database, _ => Repository.Root);
        return (services.BuildServiceProvider(), clock);
    }

    [Fact]
    public async Task The_default_briefing_holds_the_24_hours_to_now_by_category_and_ward_with_its_repeats()
    {
        var (services, _) = await ArrangeAsync();
        var outcome = await services.GetRequiredService<Briefings>().BuildAsync(new BriefingQuery("Gravesham"), Police, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, outcome.Kind);
        var r = outcome.Result!;
        Assert.Equal(new DateTime(2026, 11, 9, 8, 0, 0), r.Since);
        Assert.Equal(new DateTime(2026, 11, 10, 8, 0, 0), r.Until);
        Assert.Equal(["H1", "H2", "H3"], r.IncidentList.Select(i => i.Id));
        Assert.Equal([("Anti-social behaviour", 2), ("Violence against the person", 1)], r.Incidents.Select(c => (c.Category, c.Count)));
        Assert.Equal([("Whitehill & Windmill Hill", 2), ("Westcourt", 1)], r.Places.Select(p => (p.Place, p.Count)));
        var location = Assert.Single(r.RepeatLocations);
        Assert.Equal(("L1", 2, 1), (location.LocationKey, location.Count, location.SinceLastBriefing));
        var victim = Assert.Single(r.RepeatVictims);
        Assert.Null(victim.VictimKey); // a partner officer sees the count, not the key
        Assert.Equal(3, victim.Count);
        Assert.False(outcome.Incidents!.IsDemo);
        Assert.Contains("No burglary category is held", outcome.NearRepeatMethod, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Victim_keys_are_shown_only_to_the_entitled_and_their_view_is_audited()
    {
        var (services, _) = await ArrangeAsync();
        var briefings = services.GetRequiredService<Briefings>();
        var audit = services.GetRequiredService<AuditTrail>();

        await briefings.BuildAsync(new BriefingQuery("Gravesham"), Police, CancellationToken.None);
        Assert.Empty((await audit.ReadAsync(AuditActions.BriefingPersonalData, null, 1, CancellationToken.None)).Entries);

        var outcome = await briefings.BuildAsync(new BriefingQuery("Gravesham"), Analyst, CancellationToken.None);
        Assert.Equal("V1", Assert.Single(outcome.Result!.RepeatVictims).VictimKey);
        var entry = Assert.Single((await audit.ReadAsync(AuditActions.BriefingPersonalData, null, 1, CancellationToken.None)).Entries);
        Assert.Equal("a.analyst", entry.UserName);
        Assert.Contains("1 repeat victim", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_with_no_history_and_three_incidents_in_a_week_is_an_emerging_hot_spot_at_the_poisson_rate_worked_by_hand()
    {
        var (services, _) = await ArrangeAsync();
        var r = (await services.GetRequiredService<Briefings>().BuildAsync(new BriefingQuery("Gravesham"), Police, CancellationToken.None)).Result!;

        // Every flagged pair has no history (b = 0): usual rate 0.5 / 364 a day. Criminal damage D1-D3 (3 in the last 7 days),
        // ASB at Westcourt H3, H5, H6 (3 in the last 7 days), ASB at Whitehill H1, H7, H8 (3 in 28 days, only H1 in the last 7).
        Assert.Equal([("Criminal damage", 7, 3), ("Anti-social behaviour", 7, 3), ("Anti-social behaviour", 28, 3)], r.Emerging.Select(e => (e.Category, e.Window, e.Recent)));
        var spot = r.Emerging[0];
        // Over 7 days m = 3.5 / 364 = 0.0096154; P(X >= 3) = e^-m (m^3/6 + m^4/24 + ...) = 0.990431 x 1.48521e-7 = 1.4710e-7.
        Assert.Equal(3.5 / 364, spot.Expected, 1e-9);
        Assert.Equal(1.4710e-7, spot.PValue, 1e-11);
        // Over 28 days m = 14 / 364 = 0.038462; P(X >= 3) = e^-m (m^3/6 + m^4/24 + m^5/120) = 0.962269 x 9.5745e-6 = 9.2133e-6.
        Assert.Equal(9.2133e-6, r.Emerging[2].PValue, 1e-9);
        Assert.InRange(spot.Centre!.Value.X, 562_450, 562_950);
    }

    [Fact]
    public async Task Since_the_last_briefing_starts_where_the_one_recorded_as_held_ended()
    {
        var (services, clock) = await ArrangeAsync();
        var briefings = services.GetRequiredService<Briefings>();
        var first = await briefings.BuildAsync(new BriefingQuery("Gravesham", Until: new DateTime(2026, 11, 9, 22, 0, 0)), Police, CancellationToken.None);
        var held = await briefings.RecordHeldAsync(first, Police, "evening meeting", CancellationToken.None);
        Assert.Equal(new DateTime(2026, 11, 9, 22, 0, 0), held.Until);

        var next = await briefings.BuildAsync(new BriefingQuery("Gravesham", SinceLastBriefing: true), Police, CancellationToken.None);

        Assert.Equal(new DateTime(2026, 11, 9, 22, 0, 0), next.Result!.Since);
        Assert.Equal(["H3"], next.Result.IncidentList.Select(i => i.Id));
        Assert.Equal(held.Id, next.LastHeld!.Id);
    }

    [Fact]
    public async Task The_time_profile_counts_the_clock_of_timed_incidents_and_the_window_across_midnight_as_worked_by_hand()
    {
        var (services, _) = await ArrangeAsync();
        var outcome = await services.GetRequiredService<TimeProfiles>().ComputeAsync("Gravesham", new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30), null,
            TimeOfDayWindow.Parse("19:00-01:00"), CancellationToken.None);

        // Timed: H1 09:00, H2 21:30, H3 07:59, H4 08:00, H5 07:59, H7 12:00, H9 00:30 (Thursday), D1-D3 18:00 = 10; untimed H6, H8.
        var r = outcome.Result!;
        Assert.Equal(12, r.Total);
        Assert.Equal(2, r.UnknownTime);
        var byHour = new int[24];
        byHour[0] = 1;
        byHour[7] = 2;
        byHour[8] = 1;
        byHour[9] = 1;
        byHour[12] = 1;
        byHour[18] = 3;
        byHour[21] = 1;
        Assert.Equal(byHour, r.ByHour);
        Assert.Equal(1, r.ByWeekdayHour[3][0]); // H9: Thursday 5 November, 00:30
        Assert.Equal(1, r.ByWeekdayHour[0][7]); // H5, Monday 07:59; H3 (07:59) is on Tuesday
        Assert.Equal(1, r.ByWeekdayHour[1][7]);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 0], r.ByMonth);
        // 19:00-01:00 holds H2 (21:30) and H9 (00:30): 2 of the 10 with a time.
        Assert.Equal((2, 10), (r.Window!.Count, r.Window.Timed));
        Assert.Equal(0.2, r.Window.Share!.Value, 1e-12);
        Assert.Contains("20% of incidents happened between 19:00 and 01:00 (2 of 10 with a recorded time).", r.Findings);
    }
}
