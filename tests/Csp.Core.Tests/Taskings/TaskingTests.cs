using Csp.Core.Taskings;

namespace Csp.Core.Tests.Taskings;

public sealed class TaskingTests
{
    private static readonly DateOnly Today = new(2025, 3, 4);

    [Fact]
    public void An_open_task_is_overdue_from_the_day_after_it_is_due_and_a_closed_one_never()
    {
        var task = new Tasking("T1", "Visit the shop about youths gathering", "Parade, King Street", new TaskOwner("Council", "Warden Patel"), Today.AddDays(-7), Today, TaskingStatus.Open);

        Assert.False(task.IsOverdueOn(Today));
        Assert.True(task.IsOverdueOn(Today.AddDays(1)));
        Assert.False((task with { Status = TaskingStatus.Completed, Outcome = "Visited; CCTV request made" }).IsOverdueOn(Today.AddDays(1)));
    }

    [Fact]
    public void A_partner_sees_the_tasks_of_their_agency_and_those_referred_to_it()
    {
        var task = new Tasking("T2", "Refer the caller for a mental health assessment", null, new TaskOwner("Police"), Today, Today.AddDays(3), TaskingStatus.InProgress,
            Referral: new Referral("Health", Today));

        Assert.True(task.IsVisibleTo(null));
        Assert.True(task.IsVisibleTo("police"));
        Assert.True(task.IsVisibleTo("Health"));
        Assert.False(task.IsVisibleTo("Fire"));
        Assert.True(task.Referral!.Awaiting);
    }
}
