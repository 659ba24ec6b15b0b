using Csp.Core.Taskings;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Assessment;
using Csp.Workbench.Audit;
using Csp.Workbench.Briefing;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Briefing;

/// <summary>Tasking on SQLite: who sees a task, that the raiser keeps ownership, referrals, history, audit, and overdue tasks at every briefing.</summary>
[Collection(BriefingSampleCollection.Name)]
public sealed class TaskingsTests(BriefingSample sample)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 9, 9, 0, 0, TimeSpan.Zero);

    private static readonly BriefingViewer Analyst = new("a.analyst", "Community Safety Unit (council)", true, true);
    private static readonly BriefingViewer Police = new("p.officer", "Police", false, false);
    private static readonly BriefingViewer Fire = new("f.officer", "Fire and Rescue Service", false, false);
    private static readonly BriefingViewer Health = new("h.officer", "Health", false, false);

    private (ServiceProvider Services, MovableClock Clock) Arrange()
    {
        var database = sample.Copy();
        var clock = new MovableClock(Monday);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddCsp(_ => database, _ => Repository.Root);
        return (services.BuildServiceProvider(), clock);
    }

    [Fact]
    public async Task A_partner_sees_the_tasks_its_agency_raised_owns_or_was_referred_and_no_others()
    {
        var (services, _) = Arrange();
        var tasks = services.GetRequiredService<Taskings>();
        var raised = (await tasks.RaiseAsync(new TaskingDraft("Patrol the park after school", "Woodlands Park", new DateOnly(2026, 11, 12)), Police, null, CancellationToken.None)).Task!;
        Assert.Equal(("T-2026-0001", "Police", "Police", "p.officer"), (raised.Reference, raised.RaisedByAgency, raised.OwnerAgency, raised.RaisedBy));

        Assert.Single(await tasks.ListAsync(Police, true, null, CancellationToken.None));
        Assert.Single(await tasks.ListAsync(Analyst, true, null, CancellationToken.None));
        Assert.Empty(await tasks.ListAsync(Fire, true, null, CancellationToken.None));
        Assert.Equal(AnswerKind.NotFound, (await tasks.GetAsync(raised.Reference, Fire, CancellationToken.None)).Kind);

        await tasks.ReferAsync(raised.Reference, "Fire and Rescue Service", Police, CancellationToken.None);
        Assert.Single(await tasks.ListAsync(Fire, true, null, CancellationToken.None));
        Assert.Empty(await tasks.ListAsync(Health, true, null, CancellationToken.None));
    }

    [Fact]
    public async Task The_raiser_keeps_ownership_when_the_task_is_given_to_another_agency_and_only_the_raiser_closes_it()
    {
        var (services, _) = Arrange();
        var tasks = services.GetRequiredService<Taskings>();
        var audit = services.GetRequiredService<AuditTrail>();
        var reference = (await tasks.RaiseAsync(new TaskingDraft("Fire safety visit", "12 High Street", new DateOnly(2026, 11, 16), OwnerAgency: "Fire and Rescue Service"), Police, null,
            CancellationToken.None)).Task!.Reference;

        var assigned = (await tasks.AssignAsync(reference, null, "Watch manager Patel", Fire, CancellationToken.None)).Task!;
        Assert.Equal(("Fire and Rescue Service", "Watch manager Patel", "Police"), (assigned.OwnerAgency, assigned.OwnerOfficer, assigned.RaisedByAgency));
        Assert.Equal(TaskingStatus.InProgress, (await tasks.UpdateAsync(reference, TaskingStatus.InProgress, null, "visit booked", Fire, CancellationToken.None)).Task!.Status);

        var refused = await tasks.CloseAsync(reference, true, "visited", Fire, CancellationToken.None);
        Assert.Equal(AnswerKind.Forbidden, refused.Kind);
        Assert.Contains("raised by Police", refused.Problem, StringComparison.Ordinal);

        var closed = (await tasks.CloseAsync(reference, true, "Visited; smoke alarms fitted", Police, CancellationToken.None)).Task!;
        Assert.Equal(TaskingStatus.Completed, closed.Status);
        Assert.Equal(["raised", "assigned", "updated", "completed"], closed.History.Select(h => h.Change));
        Assert.Equal(["p.officer", "f.officer", "f.officer", "p.officer"], closed.History.Select(h => h.UserName));
        Assert.Equal(AnswerKind.BadRequest, (await tasks.UpdateAsync(reference, null, null, "late note", Police, CancellationToken.None)).Kind);

        var entries = (await audit.ReadAsync(AuditActions.Tasking, null, 1, CancellationToken.None)).Entries;
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.Equal(reference, e.Target));
    }

    [Fact]
    public async Task A_referral_records_the_service_response()
    {
        var (services, _) = Arrange();
        var tasks = services.GetRequiredService<Taskings>();
        var reference = (await tasks.RaiseAsync(new TaskingDraft("Hoarding risk at flat 4", null, new DateOnly(2026, 11, 20)), Analyst, null, CancellationToken.None)).Task!.Reference;
        Assert.Equal(AnswerKind.BadRequest, (await tasks.RespondAsync(reference, "seen", Analyst, CancellationToken.None)).Kind);

        await tasks.ReferAsync(reference, "Health", Analyst, CancellationToken.None);
        var answered = (await tasks.RespondAsync(reference, "Mental health team visited", Health, CancellationToken.None)).Task!;

        var referral = Assert.Single(answered.Referrals);
        Assert.Equal(("Health", "Mental health team visited", new DateOnly(2026, 11, 9)), (referral.Service, referral.Response, referral.RespondedOn!.Value));
        Assert.Equal("Health", answered.ToTasking().Referral!.Service);
    }

    [Fact]
    public async Task A_task_due_is_shown_at_the_briefing_and_once_overdue_at_every_briefing_until_closed()
    {
        var (services, clock) = Arrange();
        var tasks = services.GetRequiredService<Taskings>();
        var briefings = services.GetRequiredService<Briefings>();
        var reference = (await tasks.RaiseAsync(new TaskingDraft("CCTV review", "Town centre", new DateOnly(2026, 11, 10)), Police, null, CancellationToken.None)).Task!.Reference;
        Assert.Equal(AnswerKind.BadRequest, (await tasks.RaiseAsync(new TaskingDraft("Too late", null, new DateOnly(2026, 11, 8)), Police, null, CancellationToken.None)).Kind);

        // Monday 09:00: due Tuesday, within the look-ahead of one day.
        var due = Assert.Single((await briefings.BuildAsync(new BriefingQuery("Gravesham"), Police, CancellationToken.None)).Result!.TasksDue);
        Assert.Equal((reference, false), (due.Task.Id, due.Overdue));
        Assert.Empty((await briefings.BuildAsync(new BriefingQuery("Gravesham"), Fire, CancellationToken.None)).Result!.TasksDue);

        // Friday: three days overdue, still shown.
        clock.Now = new DateTimeOffset(2026, 11, 13, 9, 0, 0, TimeSpan.Zero);
        var overdue = Assert.Single((await briefings.BuildAsync(new BriefingQuery("Gravesham"), Police, CancellationToken.None)).Result!.TasksDue);
        Assert.Equal((true, 3), (overdue.Overdue, overdue.DaysOverdue));

        await tasks.CloseAsync(reference, false, "No longer needed: camera replaced", Police, CancellationToken.None);
        Assert.Empty((await briefings.BuildAsync(new BriefingQuery("Gravesham"), Police, CancellationToken.None)).Result!.TasksDue);
    }
}
