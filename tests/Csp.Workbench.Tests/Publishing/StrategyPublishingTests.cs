using System.Text;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Publishing;
using Csp.Workbench.Strategy;
using Csp.Workbench.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Publishing;

/// <summary>
/// Publishing the strategy on SQLite and PostgreSQL: only by an administrator or analyst, frozen as it stood (a later
/// change reaches the public page only when published again), withdrawn on request, every step audited.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StrategyPublishingTests(PostgresServer postgres)
{
    private static readonly PlanUser Analyst = new("t.analyst", [Roles.Analyst]);
    private static readonly PlanUser Member = new("t.member", [Roles.Member]);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_published_strategy_stays_as_published_until_it_is_published_again_or_withdrawn(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 12, 18, 12, 0, 0, TimeSpan.Zero)));
        services.AddCsp(_ => database, _ => Repository.Root);
        await using var provided = services.BuildServiceProvider();
        var publications = provided.GetRequiredService<Publications>();
        var strategies = provided.GetRequiredService<Strategies>();

        // Nothing held: nothing to publish, and the public page has nothing.
        Assert.Equal(["No strategy is held: import one first."], (await publications.PublishStrategyAsync(Analyst, null, CancellationToken.None)).Errors);
        var (structure, strategy, plan) = Strategies.SampleFiles(Repository.Sample());
        await strategies.ImportAsync(Actor.System, structure, strategy, plan, CancellationToken.None);
        Assert.Null(await publications.CurrentAsync(Publications.Strategy, CancellationToken.None));

        // A member may read the strategy but not publish it.
        Assert.Equal(["Administrators and analysts publish the strategy."], (await publications.PublishStrategyAsync(Member, null, CancellationToken.None)).Errors);
        var published = await publications.PublishStrategyAsync(Analyst, null, CancellationToken.None);
        Assert.True(published.Done);
        var document = await publications.CurrentAsync(Publications.Strategy, CancellationToken.None);
        var page = await publications.CurrentAsync(Publications.StrategyOnAPage, CancellationToken.None);
        Assert.NotNull(document);
        Assert.NotNull(page);
        Assert.Equal(("t.analyst", published.Id), (document.PublishedBy, document.StrategyId));
        // One table for every published item: the strategy's rows carry the version as their subject and its period (seed 004's 2016-19).
        Assert.Equal((published.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "2016-19"), (page.Subject, page.Period));
        var listed = await publications.ListAsync(CancellationToken.None);
        Assert.Equal([(Publications.Strategy, "2016-19", "/public/strategy"), (Publications.StrategyOnAPage, "2016-19", "/public/strategy/page")],
            listed.Select(i => (i.Kind, i.Period, i.Path)));
        Assert.Equal("2016-19", Publications.PeriodInWords(Publications.Strategy, listed[0].Period));
        Assert.Contains("Violent Crime and Domestic Abuse", document.Html, StringComparison.Ordinal);
        Assert.Contains("Violent Crime and Domestic Abuse", page.Html, StringComparison.Ordinal);

        // A draft change (a priority renamed) is in the strategy's own document at once, and on the public page only once published again.
        await using (var db = database.CreateContext())
        {
            var row = await db.StrategySections.FirstAsync(s => s.Theme == 0 && s.Section == "priority" && s.Text == "Violent Crime and Domestic Abuse");
            row.Text = "Violence and Domestic Abuse (draft)";
            await db.SaveChangesAsync();
        }
        var draft = await strategies.DocumentAsync(null, ReportFormat.Html, CancellationToken.None);
        Assert.Contains("Violence and Domestic Abuse (draft)", Encoding.UTF8.GetString(draft!.Content), StringComparison.Ordinal);
        Assert.DoesNotContain("(draft)", (await publications.CurrentAsync(Publications.Strategy, CancellationToken.None))!.Html, StringComparison.Ordinal);
        Assert.True((await publications.PublishStrategyAsync(Analyst, null, CancellationToken.None)).Done);
        Assert.Contains("Violence and Domestic Abuse (draft)", (await publications.CurrentAsync(Publications.Strategy, CancellationToken.None))!.Html, StringComparison.Ordinal);

        // Withdrawn: nothing on the public page; withdrawing again is refused; a member may not withdraw.
        Assert.Equal(["Administrators and analysts withdraw the published strategy."], (await publications.WithdrawAsync(Member, Publications.Strategy, CancellationToken.None)).Errors);
        Assert.True((await publications.WithdrawAsync(Analyst, Publications.Strategy, CancellationToken.None)).Done);
        Assert.Null(await publications.CurrentAsync(Publications.Strategy, CancellationToken.None));
        Assert.Null(await publications.CurrentAsync(Publications.StrategyOnAPage, CancellationToken.None));
        Assert.Equal(["Nothing is published."], (await publications.WithdrawAsync(Analyst, Publications.Strategy, CancellationToken.None)).Errors);

        await using var check = database.CreateContext();
        // Two publications of two documents each, every row kept with who withdrew it.
        Assert.Equal(4, await check.Publications.CountAsync());
        Assert.Equal(4, await check.Publications.CountAsync(p => p.WithdrawnBy == "t.analyst"));
        Assert.Equal(2, await check.AuditLog.CountAsync(e => e.Action == AuditActions.StrategyPublished && e.UserName == "t.analyst"));
        Assert.Equal(1, await check.AuditLog.CountAsync(e => e.Action == AuditActions.StrategyWithdrawn && e.UserName == "t.analyst"));
    }
}
