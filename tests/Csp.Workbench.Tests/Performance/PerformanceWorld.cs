using Csp.Ingest.Sources;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Performance;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Performance;

/// <summary>
/// A fresh migrated database of either kind holding the areas the sample returns name (Kent, the partnership and its two
/// districts, and a ward), the use cases over it with the repository's configuration, and the clock fixed at noon on 5 December 2025.
/// </summary>
internal sealed class PerformanceWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PerformanceWorld(CspDatabase database, ServiceProvider services)
    {
        Database = database;
        _services = services;
    }

    public CspDatabase Database { get; }

    public PartnerReturns Returns => _services.GetRequiredService<PartnerReturns>();

    public PerformanceTables Tables => _services.GetRequiredService<PerformanceTables>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<PerformanceWorld> CreateAsync(DatabaseProvider provider, PostgresServer postgres)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres);
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO areas (code, name, level, parent_code) VALUES
                    ('E23000032', 'Kent', 'ForceArea', NULL),
                    ('E22000352', 'Dartford and Gravesham', 'CommunitySafetyPartnership', 'E23000032'),
                    ('E07000107', 'Dartford', 'District', 'E22000352'),
                    ('E07000109', 'Gravesham', 'District', 'E22000352'),
                    ('E05012345', 'Pelham', 'Ward', 'E07000109')
                """;
            await command.ExecuteNonQueryAsync();
        }
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 12, 5, 12, 0, 0, TimeSpan.Zero)));
        services.AddCsp(_ => database, _ => Repository.Root);
        return new PerformanceWorld(database, services.BuildServiceProvider());
    }

    public static InputFile File(string path) => InputFiles.Expand([path], [".csv", ".xlsx"], out _).Single();

    public static InputFile Sample(string name) => File(Path.Combine(Repository.Root, "data", "sample", "returns", name));

    public async Task<List<Csp.Core.Imports.FileImportReport>> ImportAsync(params InputFile[] files) => await ImportWithAsync(null, files);

    public async Task<List<Csp.Core.Imports.FileImportReport>> ImportWithAsync(InputFile? mapping, params InputFile[] files)
    {
        var reports = new List<Csp.Core.Imports.FileImportReport>();
        await foreach (var r in Returns.ImportAsync(files, mapping, false, CancellationToken.None)) reports.Add(r);
        return reports;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
