using Csp.Storage;
using Csp.Testing;

namespace Csp.Workbench.Tests.Briefing;

/// <summary>
/// The bundled sample (geography, population, police.uk, demonstration incidents) loaded once by <c>csp import sample</c>;
/// each test takes its own copy of the file, so what one test imports or raises no other sees.
/// </summary>
public sealed class BriefingSample : IAsyncLifetime
{
    private readonly SampleDatabase _sample = new();

    public async Task InitializeAsync() => await _sample.InitializeAsync();

    public Task DisposeAsync() => _sample.DisposeAsync();

    public CspDatabase Copy()
    {
        var path = Path.Combine(Path.GetTempPath(), "csp-tests", $"briefing-{Guid.NewGuid():N}.sqlite");
        File.Copy(_sample.Path, path);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            if (File.Exists(_sample.Path + suffix)) File.Copy(_sample.Path + suffix, path + suffix);
        }
        return CspDatabase.Resolve(path, Repository.Root);
    }
}

[CollectionDefinition(Name)]
public sealed class BriefingSampleCollection : ICollectionFixture<BriefingSample>
{
    public const string Name = "Briefing sample";
}

/// <summary>A clock the test moves on (a task's due day passes).</summary>
public sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
