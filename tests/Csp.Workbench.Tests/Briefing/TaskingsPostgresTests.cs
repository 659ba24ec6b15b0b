using Csp.Core.Taskings;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Briefing;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Briefing;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

/// <summary>Tasking and briefings held on a real PostgreSQL server: migration 0009's tables read and written through the same use cases.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TaskingsPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_task_is_raised_referred_answered_and_closed_with_its_history_on_postgresql()
    {
        var database = await TestDatabases.CreateAsync(DatabaseProvider.PostgreSql, postgres);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new MovableClock(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero)));
        services.AddCsp(_ => database, _ => Repository.Root);
        var tasks = services.BuildServiceProvider().GetRequiredService<Taskings>();
        var police = new BriefingViewer("p.officer", "Police", false, false);
        var health = new BriefingViewer("h.officer", "Health", false, false);

        var first = (await tasks.RaiseAsync(new TaskingDraft("Welfare check", "Flat 2", new DateOnly(2026, 7, 3)), police, null, CancellationToken.None)).Task!;
        var second = (await tasks.RaiseAsync(new TaskingDraft("Street lighting", null, new DateOnly(2026, 7, 10)), police, null, CancellationToken.None)).Task!;
        Assert.Equal(("T-2026-0001", "T-2026-0002"), (first.Reference, second.Reference));
        await tasks.ReferAsync(first.Reference, "Health", police, CancellationToken.None);
        await tasks.RespondAsync(first.Reference, "Visited: no concerns", health, CancellationToken.None);
        var closed = (await tasks.CloseAsync(first.Reference, true, "Done", police, CancellationToken.None)).Task!;

        Assert.Equal(TaskingStatus.Completed, closed.Status);
        Assert.Equal(new DateOnly(2026, 7, 1), closed.Referrals.Single().RespondedOn);
        Assert.Equal(["raised", "referred", "response", "completed"], closed.History.Select(h => h.Change));
        Assert.Equal(["T-2026-0002"], (await tasks.ListAsync(police, true, null, CancellationToken.None)).Select(t => t.Reference));
        Assert.Empty(await tasks.ListAsync(health, true, null, CancellationToken.None)); // the referred task is closed; the other was never referred
    }
}
