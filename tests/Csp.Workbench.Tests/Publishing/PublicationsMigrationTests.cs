using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Publishing;
using Csp.Workbench.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Publishing;

/// <summary>
/// Migration 0025 folds 0022's table of published strategies into 0021's (renamed <c>publications</c>) on SQLite and
/// PostgreSQL: a database that published under both keeps every row, withdrawn ones withdrawn, and the public page lists
/// what it listed before, the strategy now with its period.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PublicationsMigrationTests(PostgresServer postgres)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_strategys_publications_move_into_the_one_table_and_the_old_table_goes(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres, upTo: "0024_action_plan_changes");
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            // As 0021 and 0022 left a database that published the strategy twice (the first withdrawn) and a performance report.
            foreach (var sql in new[]
            {
                "INSERT INTO strategies (id, title, period, refresh, content_hash, imported_at) VALUES (7, 'Community Safety Strategy', '2016-19', 2017, 'h', '2025-01-01T00:00:00Z')",
                "INSERT INTO published_summaries (kind, subject, period, title, html, published_by, published_at) VALUES ('performance', 'E22000352', '2025-Q2', 'Performance', '<p>q2</p>', 'a', '2025-08-01T09:00:00Z')",
                "INSERT INTO publications (kind, strategy_id, title, html, published_by, published_at, withdrawn_by, withdrawn_at) VALUES ('strategy', 7, 'Old', '<p>old</p>', 'a', '2025-07-01T09:00:00Z', 'b', '2025-07-02T09:00:00Z')",
                "INSERT INTO publications (kind, strategy_id, title, html, published_by, published_at, withdrawn_by, withdrawn_at) VALUES ('strategy-on-a-page', 7, 'Old page', '<p>old page</p>', 'a', '2025-07-01T09:00:00Z', 'b', '2025-07-02T09:00:00Z')",
                "INSERT INTO publications (kind, strategy_id, title, html, published_by, published_at) VALUES ('strategy', 7, 'Strategy', '<p>strategy</p>', 'b', '2025-07-03T09:00:00Z')",
                "INSERT INTO publications (kind, strategy_id, title, html, published_by, published_at) VALUES ('strategy-on-a-page', 7, 'Page', '<p>page</p>', 'b', '2025-07-03T09:00:00Z')",
            })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync();
            }
        }

        // Later migrations run too; the one under test must be the first applied.
        Assert.Equal("0025_one_publications_table", (await SchemaMigrator.MigrateAsync(database, CancellationToken.None))[0]);

        await using var db = database.CreateContext();
        var rows = await db.Publications.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        Assert.Equal([("performance", "E22000352", "2025-Q2", false), ("strategy", "7", "2016-19", true), ("strategy-on-a-page", "7", "2016-19", true),
            ("strategy", "7", "2016-19", false), ("strategy-on-a-page", "7", "2016-19", false)], rows.Select(r => (r.Kind, r.Subject, r.Period, r.WithdrawnAt is not null)));
        Assert.Equal(("b", "<p>page</p>"), (rows[4].PublishedBy, rows[4].Html));
        Assert.Equal(new DateTimeOffset(2025, 7, 2, 9, 0, 0, TimeSpan.Zero), rows[1].WithdrawnAt);
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>(provider == DatabaseProvider.Sqlite
            ? "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'published_summaries'"
            : "SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_name = 'published_summaries'").SingleAsync());

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 12, 18, 12, 0, 0, TimeSpan.Zero)));
        services.AddCsp(_ => database, _ => Repository.Root);
        await using var provided = services.BuildServiceProvider();
        var listed = await provided.GetRequiredService<Publications>().ListAsync(CancellationToken.None);
        Assert.Equal([("strategy", "Strategy", "2016-19"), ("strategy-on-a-page", "Page", "2016-19"), ("performance", "Performance", "2025-Q2")],
            listed.Select(i => (i.Kind, i.Title, i.Period)));
        Assert.Equal(7, (await provided.GetRequiredService<Publications>().CurrentAsync(Publications.StrategyOnAPage, CancellationToken.None))!.StrategyId);
    }
}
