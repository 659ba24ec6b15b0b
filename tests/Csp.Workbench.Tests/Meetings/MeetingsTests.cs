using System.Text.RegularExpressions;
using Csp.Core.Meetings;
using Csp.Core.Strategy;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Testing;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Strategy;
using Csp.Workbench.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Meetings;

/// <summary>
/// Recording a meeting of a group and its minutes on SQLite and PostgreSQL, through the use case: who was present and
/// who sent apologies, two decisions, three actions (two still outstanding after an update), the next meeting of the
/// group listing those two as matters arising (not the completed one, nor another group's), the decision on priorities
/// taken at the meeting in its minutes, and the decisions recorded before meetings were kept linked to one by the migration.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class MeetingsTests(PostgresServer postgres)
{
    private static readonly (string Structure, string Strategy, string Plan) Sample = Strategies.SampleFiles(Repository.Sample());

    private static readonly PlanUser Analyst = new("t.analyst", [Roles.Analyst]);

    private static readonly PlanUser Member = new("t.member", [Roles.Member]);

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static async Task<(CspDatabase Database, ServiceProvider Services)> WorldAsync(DatabaseProvider provider, PostgresServer postgres)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 12, 18, 12, 0, 0, TimeSpan.Zero)));
        services.AddCsp(_ => database, _ => Repository.Root);
        var provided = services.BuildServiceProvider();
        await provided.GetRequiredService<Strategies>().ImportAsync(Actor.System, Sample.Structure, Sample.Strategy, Sample.Plan, CancellationToken.None);
        return (database, provided);
    }

    private static void Done(PlanChange change) => Assert.True(change.Done, string.Join("; ", change.Errors));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_meetings_minutes_hold_its_people_decisions_and_actions_and_the_next_meeting_lists_what_is_outstanding(DatabaseProvider provider)
    {
        var (database, services) = await WorldAsync(provider, postgres);
        await using var _ = services;
        var meetings = services.GetRequiredService<Workbench.Meetings.Meetings>();

        // The Management Group by its alias; the Support Group for an action that must not arise at the other group.
        var first = await meetings.CreateAsync(Analyst, "Management Group", new DateOnly(2025, 10, 2), "Strategic Assessment 2025", "Civic Centre", CancellationToken.None);
        Done(first);
        var id = first.Id;
        Done(await meetings.AddAttendeeAsync(Analyst, id, new("Alex Example", "Chair", "Gravesham Borough Council", "alex@example.org", "Present"), default));
        Done(await meetings.AddAttendeeAsync(Analyst, id, new("Jo Example", "Community Safety Manager", "Dartford Borough Council", "01322 343434", "present"), default));
        Done(await meetings.AddAttendeeAsync(Analyst, id, new("Chris Example", "District Commander", "Kent Police", null, "Present"), default));
        Done(await meetings.AddAttendeeAsync(Analyst, id, new("Pat Example", "Head of Housing", "Dartford Borough Council", null, "Apologies"), default));
        Done(await meetings.AddItemAsync(Analyst, id, new(null, "Strategic Assessment 2025", "The analyst presented the assessment.", "Strategic Assessment 2025",
            "http://127.0.0.1:5000/reports/assessment?area=E22000352&period=2025-01..2025-09&format=pdf"), default));
        Done(await meetings.AddItemAsync(Analyst, id, new(null, "Action plan progress", null, null, null), default));
        Done(await meetings.AddDecisionAsync(Analyst, id, new(1, "Recommend the priorities to the CSP", "Alex Example (Chair)", "Agreed"), default));
        Done(await meetings.AddDecisionAsync(Analyst, id, new(2, "Note the action plan's progress", null, "noted"), default));
        Done(await meetings.AddActionAsync(Analyst, id, new(1, "Circulate the assessment", "Jo Example", new DateOnly(2025, 10, 31)), default));
        Done(await meetings.AddActionAsync(Analyst, id, new(2, "Chase the delivery groups", "Sam Example", new DateOnly(2025, 11, 28)), default));
        Done(await meetings.AddActionAsync(Analyst, id, new(null, "Draft the refresh", "Lee Example", null), default));
        var view = (await meetings.GetAsync(id, default))!;
        var actions = view.Meeting.Actions.ToDictionary(a => a.Ref, a => a.Id);
        Done(await meetings.UpdateActionAsync(Analyst, actions["A1"], "completed", "Circulated on 9 October.", default));
        Done(await meetings.UpdateActionAsync(Analyst, actions["A2"], "in progress", "Four groups have answered.", default));
        var support = await meetings.CreateAsync(Analyst, "CSP Support Group", new DateOnly(2025, 11, 5), null, null, default);
        Done(await meetings.AddActionAsync(Analyst, support.Id, new(null, "A Support Group action", "Someone", null), default));
        var next = await meetings.CreateAsync(Analyst, "CSP Management Group", new DateOnly(2025, 12, 11), null, null, default);
        Done(next);
        // The decision on priorities taken at the first meeting (as /strategy/decision records it against the group's meeting that day).
        await using (var db = database.CreateContext())
        {
            var decision = db.PriorityDecisions.Add(new PriorityDecisionRow
            {
                AreaCode = "E22000352", AreaName = "Dartford and Gravesham", Period = "2025-01..2025-09", PeriodLabel = "Jan-Sept 25", GroupName = "CSP Management Group",
                MeetingOn = new DateOnly(2025, 10, 2), Reasons = "The survey put road safety first.", RecordedBy = "t.analyst", RecordedAt = new DateTimeOffset(2025, 10, 3, 9, 0, 0, TimeSpan.Zero),
                MeetingId = id,
            }).Entity;
            await db.SaveChangesAsync();
            db.PriorityDecisionItems.AddRange(
                new PriorityDecisionItemRow { DecisionId = decision.Id, Position = 0, Name = "Violence against the person", Outcome = "Accepted", Rank = 1, Score = 61.5, Recommended = true },
                new PriorityDecisionItemRow { DecisionId = decision.Id, Position = 1, Name = "Road safety", Outcome = "Added", Recommended = false });
            await db.SaveChangesAsync();
        }

        view = (await meetings.GetAsync(id, default))!;
        Assert.Equal(["Present", "Present", "Present", "Apologies"], view.Meeting.Attendance.Select(a => a.Attendance.ToString()));
        Assert.Equal("Alex Example", view.Meeting.Chair!.Name);
        Assert.Equal("/reports/assessment?area=E22000352&period=2025-01..2025-09&format=pdf", view.Meeting.Items[0].Paper!.Link);
        Assert.Equal([DecisionOutcome.Agreed, DecisionOutcome.Noted], view.Meeting.Decisions.Select(d => d.Outcome));
        Assert.Equal([ActionStatus.Completed, ActionStatus.InProgress, ActionStatus.NotStarted], view.Meeting.Actions.Select(a => a.Status));
        Assert.Empty(view.MattersArising);
        Assert.Equal(["Violence against the person", "Road safety"], view.Priorities!.Chosen);

        var following = (await meetings.GetAsync(next.Id, default))!;
        Assert.Equal(["A2", "A3"], following.MattersArising.Select(a => a.Ref));
        Assert.All(following.MattersArising, a => Assert.Equal(new DateOnly(2025, 10, 2), a.RaisedOn));
        Assert.Null(following.Priorities);

        var list = await meetings.ListAsync("Management Group", default);
        Assert.Equal([new DateOnly(2025, 12, 11), new DateOnly(2025, 10, 2)], list.Select(m => m.HeldOn));
        Assert.Equal((3, 1, 2, 2, 3, 2, true), (list[1].Present, list[1].Apologies, list[1].Items, list[1].Decisions, list[1].Actions, list[1].OpenActions, list[1].PriorityDecision));
        Assert.Equal(3, (await meetings.ListAsync(null, default)).Count);

        // The minutes as a web page: present, apologies, the numbered items, both decisions, the priorities and the actions table.
        var minutes = (await meetings.MinutesAsync(id, ReportFormat.Html, default))!;
        var text = Tags().Replace(System.Text.Encoding.UTF8.GetString(minutes.Content), " ");
        Assert.Equal("minutes-csp-management-group-2025-10-02.html", minutes.FileName);
        Assert.Contains("CSP Management Group: minutes of the meeting of 2 October 2025", text, StringComparison.Ordinal);
        Assert.Contains("Pat Example, Head of Housing (Dartford Borough Council)", text, StringComparison.Ordinal);
        Assert.Contains("Decision: Recommend the priorities to the CSP (proposed by Alex Example (Chair)): agreed.", text, StringComparison.Ordinal);
        Assert.Contains("On 2 October 2025 the CSP Management Group accepted Violence against the person from the recommended priorities and added Road safety.", text, StringComparison.Ordinal);
        Assert.Contains("A2 Chase the delivery groups Sam Example 28 Nov 2025 (overdue) In progress: Four groups have answered.", Regex.Replace(text, @"\s+", " "), StringComparison.Ordinal);
        Assert.DoesNotContain("alex@example.org", text, StringComparison.Ordinal);
        var nextMinutes = Regex.Replace(Tags().Replace(System.Text.Encoding.UTF8.GetString((await meetings.MinutesAsync(next.Id, ReportFormat.Html, default))!.Content), " "), @"\s+", " ");
        Assert.Contains("Matters arising", nextMinutes, StringComparison.Ordinal);
        Assert.Contains("A3 2 Oct 2025 Draft the refresh Lee Example - Not started", nextMinutes, StringComparison.Ordinal);
        Assert.DoesNotContain("Circulate the assessment", nextMinutes, StringComparison.Ordinal);
        Assert.DoesNotContain("A Support Group action", nextMinutes, StringComparison.Ordinal);

        await using var check = database.CreateContext();
        // 1 meeting, 4 people, 2 items, 2 decisions, 3 actions, 2 updates; the Support Group's meeting and action; the next meeting.
        Assert.Equal(17, await check.AuditLog.CountAsync(e => e.Action == AuditActions.MeetingChanged));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task What_cannot_be_recorded_is_refused_with_the_reason_and_a_member_only_reads(DatabaseProvider provider)
    {
        var (_, services) = await WorldAsync(provider, postgres);
        await using var _ = services;
        var meetings = services.GetRequiredService<Workbench.Meetings.Meetings>();
        var id = (await meetings.CreateAsync(Analyst, "CSP Management Group", new DateOnly(2025, 10, 2), null, null, default)).Id;

        Assert.Equal(["The CSP Management Group already has a meeting on 2 October 2025: open it from the list."],
            (await meetings.CreateAsync(Analyst, "Management Group", new DateOnly(2025, 10, 2), null, null, default)).Errors);
        Assert.Equal(["There is no group 'The Moon Group': choose one of the partnership's groups.", "Give the meeting's date."],
            (await meetings.CreateAsync(Analyst, "The Moon Group", null, null, null, default)).Errors);
        Assert.Equal(["The work contact is a work e-mail address or telephone number (nothing else about a person is kept)."],
            (await meetings.AddAttendeeAsync(Analyst, id, new("Sam Example", null, null, "lives at 4 High Street", "Present"), default)).Errors);
        Assert.StartsWith("A paper is a report this product made:",
            Assert.Single((await meetings.AddItemAsync(Analyst, id, new(null, "Item", null, "A paper", "https://evil.example.com/x"), default)).Errors), StringComparison.Ordinal);
        Assert.Equal(["The action is due before the meeting."], (await meetings.AddActionAsync(Analyst, id, new(null, "Do it", "Jo", new DateOnly(2025, 9, 1)), default)).Errors);
        Assert.Equal(["Administrators and analysts record meetings."], (await meetings.AddDecisionAsync(Member, id, new(null, "x", null, "Agreed"), default)).Errors);
        Assert.True((await meetings.AddDecisionAsync(Analyst, 999999, new(null, "x", null, "Agreed"), default)).NotFound);
        Assert.NotNull(await meetings.GetAsync(id, default));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_decision_recorded_before_meetings_were_kept_is_linked_by_the_migration_to_a_meeting_of_its_group(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres, upTo: "0016_case_retention");
        await using (var connection = await database.OpenConnectionAsync(default))
        {
            Sql.Execute(connection, null, "INSERT INTO partnership_groups (name, kind, updated_at) VALUES ('CSP Management Group', 'ManagementGroup', '2025-01-01T00:00:00Z')");
            const string insert = "INSERT INTO priority_decisions (area_code, area_name, period, period_label, group_name, meeting_on, reasons, recorded_by, recorded_at) " +
                                  "VALUES ('E22000352', 'Dartford and Gravesham', '2025-01..2025-09', 'Jan-Sept 25', @group, @on, 'r', 'analyst', '2025-11-05T09:30:00Z')";
            Sql.Execute(connection, null, insert, ("group", "CSP Management Group"), ("on", "2025-11-04"));
            Sql.Execute(connection, null, insert, ("group", "CSP Management Group"), ("on", "2025-11-04"));
            Sql.Execute(connection, null, insert, ("group", "A group the structure does not have"), ("on", "2025-11-04"));
        }

        await SchemaMigrator.MigrateAsync(database, default);

        await using var db = database.CreateContext();
        var meeting = Assert.Single(await db.Meetings.ToListAsync());
        Assert.Equal(new DateOnly(2025, 11, 4), meeting.HeldOn);
        Assert.Equal([meeting.Id, meeting.Id, (long?)null], (await db.PriorityDecisions.OrderBy(d => d.Id).ToListAsync()).Select(d => d.MeetingId));
        Assert.NotNull(await PriorityDecisions.ForReportAsync(database, "E22000352", "2025-01..2025-09", default));
    }
}
