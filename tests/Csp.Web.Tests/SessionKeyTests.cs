using System.Net;
using Csp.Storage;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests;

/// <summary>
/// The keys that sign the session cookie live in the database: a second instance of the app over the same database (or
/// the same app after a restart) accepts a session the first one started, on SQLite and PostgreSQL alike.
/// </summary>
public abstract class SessionKeyTests
{
    protected abstract string Database { get; }

    [Fact]
    public async Task A_session_started_by_one_instance_is_honoured_by_another_over_the_same_database()
    {
        await using var first = new CspAppFactory(Database);
        await first.SeedUsersAsync();
        var signIn = await CspAppFactory.SignInAsync(first.Anonymous(), "t.member", TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("csp.session=", StringComparison.Ordinal)).Split(';')[0];

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<CspDbContext>().DataProtectionKeys.ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, k => Assert.Contains("<key ", k.Xml, StringComparison.Ordinal));
        }

        await using var second = new CspAppFactory(Database);
        var client = second.Anonymous();
        var anonymous = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }
}

public sealed class SqliteSessionKeyTests : SessionKeyTests, IDisposable
{
    // A shared-cache in-memory database lives while a connection to it is open: this one holds it between the two apps.
    private readonly Microsoft.Data.Sqlite.SqliteConnection _keepAlive;

    public SqliteSessionKeyTests()
    {
        Database = $"Data Source=csp-keys-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        _keepAlive = new Microsoft.Data.Sqlite.SqliteConnection(Database);
        _keepAlive.Open();
    }

    protected override string Database { get; }

    public void Dispose() => _keepAlive.Dispose();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSessionKeyTests(PostgresSample postgres) : SessionKeyTests
{
    protected override string Database => postgres.ConnectionString;
}
