using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Accounts;
using Csp.Workbench.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Cases;

/// <summary>
/// A fresh migrated database of either kind with the use cases over it, the clock fixed at noon on Thursday 18 December 2025
/// (so working days cross Christmas), and officers of the agencies migration 0005 creates.
/// </summary>
internal sealed class CaseWorld : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2025, 12, 18);
    public const string Council = "Community Safety Unit (council)";
    public const string Police = "Police";
    public const string Fire = "Fire and Rescue Service";

    private readonly ServiceProvider _services;

    private CaseWorld(CspDatabase database, ServiceProvider services)
    {
        Database = database;
        _services = services;
    }

    public CspDatabase Database { get; }

    public AsbCases Cases => _services.GetRequiredService<AsbCases>();

    public SharingAgreements Agreements => _services.GetRequiredService<SharingAgreements>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static CaseUser Officer(string agency = Council, string name = "c.officer", string role = Roles.CaseOfficer) => new(name, agency, [role], "127.0.0.1");

    public static async Task<CaseWorld> CreateAsync(DatabaseProvider provider, PostgresServer postgres)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 12, 18, 12, 0, 0, TimeSpan.Zero)));
        services.AddCsp(_ => database, _ => Repository.Root);
        return new CaseWorld(database, services.BuildServiceProvider());
    }

    public async Task<long> AgencyIdAsync(string name)
    {
        await using var db = Database.CreateContext();
        return db.Agencies.Single(a => a.Name == name).Id;
    }

    /// <summary>A case led by the council, with a victim; returns (case id, victim id).</summary>
    public async Task<(long Case, long Victim)> CaseWithVictimAsync(CaseUser? officer = null, IReadOnlyList<long>? partners = null, string location = "12 Example Road, Gravesend")
    {
        officer ??= Officer();
        var opened = await Cases.OpenAsync(officer, new NewCase("Neighbour nuisance", location, "Pelham", "Loud music", partners ?? []), CancellationToken.None);
        Assert.True(opened.Done, string.Join("; ", opened.Errors));
        var victim = await Cases.AddPersonAsync(officer, opened.Id, new NewPerson(CaseRoles.Victim, "Vera Victim", new DateOnly(1950, 3, 1), "12 Example Road", "zz99 1zz"), CancellationToken.None);
        Assert.True(victim.Done, string.Join("; ", victim.Errors));
        return (opened.Id, victim.Id);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
