using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Storage;

using Csp.Testing;
using Csp.Workbench;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Infrastructure;

/// <summary>
/// The bundled sample loaded once per test run into a SQLite file (the same code as <c>csp import sample</c>), which each
/// test class copies: a class that imports more data changes only its copy.
/// </summary>
public static class SampleDatabases
{
    private static readonly Lazy<Task<string>> Sqlite = new(LoadSqliteAsync);

    /// <summary>
    /// The UK day the sample was loaded on: its demonstration incidents end the day before (DemoIncidents). A test that
    /// asks for "yesterday" asks for the day before this, not before the day it runs on, which is another after midnight.
    /// </summary>
    public static DateOnly LoadedOn { get; private set; } = DateOnly.FromDateTime(Csp.Core.Periods.UkTime.Now(TimeProvider.System));

    /// <summary>A fresh copy of the loaded sample, as a SQLite file path.</summary>
    public static async Task<string> SqliteCopyAsync()
    {
        var original = await Sqlite.Value;
        var copy = Path.Combine(Path.GetTempPath(), "csp-web-tests", $"copy-{Guid.NewGuid():N}.sqlite");
        File.Copy(original, copy);
        return copy;
    }

    /// <summary>Loads the sample into a new database (the PostgreSQL fixture uses this too).</summary>
    public static async Task LoadAsync(CspDatabase database)
    {
        await SchemaMigrator.MigrateAsync(database, CancellationToken.None);
        // The consultation use case as the hosts have it: from AddCsp's services.
        await using var surveys = new ServiceCollection().AddCsp(_ => database, _ => Repository.Root).BuildServiceProvider();
        await foreach (var report in SampleData.ImportAsync(database, TimeProvider.System, surveys.GetRequiredService<Csp.Workbench.Consultation.Surveys>(), Repository.Sample(), null, CancellationToken.None))
        {
            if (report.Outcome == Csp.Core.Imports.FileOutcome.Rejected) throw new InvalidOperationException($"The sample file {report.File} was rejected.");
        }
        // The sample partnership's structure, strategy and action plan, as ./csp import sample loads them.
        var strategy = await new Csp.Workbench.Strategy.Strategies(database, TimeProvider.System, new Csp.Reporting.Rendering.ReportRenderers())
            .LoadSampleAsync(Repository.Sample(), CancellationToken.None);
        if (strategy is null || strategy.Issues.Count > 0) throw new InvalidOperationException("The sample strategy was not loaded whole: " + string.Join("; ", strategy?.Issues ?? []));
    }

    private static async Task<string> LoadSqliteAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "csp-web-tests");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"sample-{Guid.NewGuid():N}.sqlite");
        var database = CspDatabase.Resolve(path, Repository.Root);
        LoadedOn = DateOnly.FromDateTime(Csp.Core.Periods.UkTime.Now(TimeProvider.System));
        await LoadAsync(database);
        // One file to copy: fold the write-ahead log into it.
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
        return path;
    }
}
