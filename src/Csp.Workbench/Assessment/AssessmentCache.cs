using Csp.Core.Areas;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Storage.Areas;
using Microsoft.Extensions.Logging;

namespace Csp.Workbench.Assessment;

/// <summary>
/// The assessment data in memory: loaded from the database once (hundreds of milliseconds on the full sample, about a second
/// on every force's data), served to every request, and loaded again after an import. Until the first load is in, a
/// request about one area is answered from a read of that area's part (<see cref="GetAsync(AssessmentScope?, CancellationToken)"/>). While the new data loads, requests are answered from the old
/// snapshot, so an import never makes the dashboard wait.
/// </summary>
/// <remarks>
/// An import may come from anywhere: the web app's own uploads refresh the data when they finish, and an import by the
/// command line (or another server on the same database) is noticed within <see cref="CheckInterval"/>: at most once in
/// that time a request starts, in the background, one query for the newest data-changing import
/// (<see cref="AssessmentData.StampAsync"/>), and when it has moved the data is loaded again.
/// </remarks>
/// <param name="reading">How the data is read: whole (the web app, which serves every area; until the whole is in memory, a
/// question about one area is answered from a read of its part), or per area (a command that answers about one area and
/// exits: <see cref="GetAsync(AssessmentScope?, CancellationToken)"/> reads only what the area needs).</param>
public sealed class AssessmentCache(CspDatabase database, ILogger<AssessmentCache> logger, TimeProvider clock, AssessmentReading reading = AssessmentReading.Whole) : IAsyncDisposable
{
    /// <summary>How many areas' scopes a per-area cache widens to before it reads the whole data instead.</summary>
    private const int MostRoots = 8;

    private (AssessmentScope Scope, Task<AssessmentSnapshot> Snapshot)? _scoped;

    public AssessmentReading Reading => reading;

    /// <summary>The whole data when it is in memory (read whole, once the first read has finished), else null.</summary>
    public AssessmentSnapshot? Whole
    {
        get
        {
            lock (_gate) return reading == AssessmentReading.Whole && _current is { IsCompletedSuccessfully: true } whole ? whole.Result : null;
        }
    }

    /// <summary>The database the data is read from.</summary>
    public CspDatabase Database => database;

    /// <summary>How long a snapshot is served before the database is asked whether an import has changed it.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    /// <summary>Cancelled when the cache is disposed: no read starts after it.</summary>
    private readonly CancellationTokenSource _closing = new();
    /// <summary>The reads of the database under way, awaited by <see cref="DisposeAsync"/>.</summary>
    private readonly HashSet<Task> _reads = [];
    private Task<AssessmentSnapshot>? _current;
    private long _generation;
    private long _checkedAt;
    private bool _checking;

    public Task<AssessmentSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        Task<AssessmentSnapshot> current;
        var check = false;
        lock (_gate)
        {
            if (_current is null || _current.IsFaulted || _current.IsCanceled)
            {
                _current = LoadAsync(++_generation);
                _checkedAt = clock.GetTimestamp();
            }
            else if (_current.IsCompletedSuccessfully && !_checking && clock.GetElapsedTime(_checkedAt) >= CheckInterval)
            {
                _checking = check = true;
                _checkedAt = clock.GetTimestamp();
            }
            current = _current;
        }
        if (check) _ = Track(() => CheckAsync(current.Result));
        return current.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The data to answer about the areas of <paramref name="scope"/>: read whole, the shared snapshot once it is in memory
    /// (before that, as read per area); read per area, one read of the scope's part (<see cref="AssessmentData.LoadAsync(CspDatabase, AssessmentScope?, CancellationToken)"/>),
    /// kept for the next call that it covers, widened for one it does not. A null scope (a question about any area) is the whole.
    /// </summary>
    public Task<AssessmentSnapshot> GetAsync(AssessmentScope? scope, CancellationToken cancellationToken)
    {
        if (scope is null) return GetAsync(cancellationToken);
        if (reading == AssessmentReading.Whole)
        {
            // Read whole, an area asked for before the whole data is in memory (a server just started) is answered from a
            // read of its part meanwhile, while the whole goes on loading: started here, once that part is in, if nothing
            // started it (so the first page is not slowed by the whole read contending for the cores).
            if (Whole is not null)
            {
                lock (_gate) _scoped = null;
                return GetAsync(cancellationToken);
            }
        }
        Task<AssessmentSnapshot> snapshot;
        lock (_gate)
        {
            // The whole data, once read, answers any area.
            if (_current is { IsCompletedSuccessfully: true } || (reading == AssessmentReading.PerArea && _current is { IsFaulted: false, IsCanceled: false }))
            {
                _scoped = null;
                return _current.WaitAsync(cancellationToken);
            }
            if (_scoped is { } held && held.Scope.Covers(scope) && !held.Snapshot.IsFaulted && !held.Snapshot.IsCanceled) return held.Snapshot.WaitAsync(cancellationToken);
            var wider = _scoped is { } before ? before.Scope.With(scope) : scope;
            if (wider.Roots.Count > MostRoots) return GetAsync(cancellationToken);
            snapshot = LoadAsync(++_generation, wider);
            _scoped = (wider, snapshot);
        }
        if (reading == AssessmentReading.Whole) _ = snapshot.ContinueWith(_ => GetAsync(CancellationToken.None), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return snapshot.WaitAsync(cancellationToken);
    }

    private Task<AreaListing>? _listing;

    /// <summary>
    /// The areas a user chooses among, read alone (<see cref="AreaListing.ReadAsync"/>) for a server that has not read the
    /// whole yet: once, kept until the whole is in memory, which gives it from then on (<see cref="AssessmentSnapshot.Listing"/>).
    /// </summary>
    public Task<AreaListing> ListingAsync(CancellationToken cancellationToken)
    {
        if (Whole is { } whole) return Task.FromResult(whole.Listing);
        Task<AreaListing> listing;
        lock (_gate)
        {
            if (_listing is null || _listing.IsFaulted || _listing.IsCanceled) _listing = Track(() => AreaListing.ReadAsync(database, _closing.Token));
            listing = _listing;
        }
        return listing.WaitAsync(cancellationToken);
    }

    /// <summary>Loads the data again when an import (by any process) has changed it since the snapshot was read.</summary>
    private async Task CheckAsync(AssessmentSnapshot snapshot)
    {
        try
        {
            var stamp = await AssessmentData.StampAsync(database, _closing.Token).ConfigureAwait(false);
            if (stamp != snapshot.Data.Stamp)
            {
                logger.LogInformation("The data changed since it was loaded (import {Stamp}, loaded at {Loaded}): loading it again.", stamp, snapshot.Data.Stamp);
                await RefreshAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (_closed && e is OperationCanceledException or ObjectDisposedException)
        {
            // Disposed: nothing to serve any more.
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The snapshot in hand is still whole; the next request after the interval asks again.
            logger.LogWarning(e, "Could not learn whether the data changed; serving the data loaded before.");
        }
        finally
        {
            lock (_gate)
            {
                _checking = false;
                _checkedAt = clock.GetTimestamp();
            }
        }
    }

    /// <summary>Loads the data again (after an import) and serves it from when it is ready.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        long generation;
        lock (_gate) generation = ++_generation;
        var next = await LoadAsync(generation).WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            // A later refresh may have finished first: keep the newest.
            if (_current is null || !_current.IsCompletedSuccessfully || _current.Result.Generation < next.Generation) _current = Task.FromResult(next);
        }
    }

    private Task<AssessmentSnapshot> LoadAsync(long generation, AssessmentScope? scope = null) => Track(() => ReadAsync(generation, scope));

    private async Task<AssessmentSnapshot> ReadAsync(long generation, AssessmentScope? scope)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // Not the caller's token: the snapshot is shared, and one request giving up must not fail it for the others.
        var data = await AssessmentData.LoadAsync(database, scope, _closing.Token).ConfigureAwait(false);
        var forceAreas = (await AreaDirectory.OfLevelAsync(database, AreaLevel.ForceArea, _closing.Token).ConfigureAwait(false))
            .Where(a => data.Areas.UnitsOf(a.Code).Count > 0 && data.ForcesServing(a).Count > 0)
            .ToList();
        Csp.Storage.Diagnostics.StartupTrace.Mark("assessment data: force areas listed");
        logger.LogInformation("Assessment data loaded in {Milliseconds:0} ms ({Units} small areas, {Months} months).",
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, data.Counts.Units.Count, data.Counts.MonthCount);
        return new AssessmentSnapshot(data, forceAreas, generation);
    }

    /// <summary>
    /// Starts a read of the database (outside the cache's lock, unless the caller holds it) and keeps it among the reads
    /// under way until it ends; once the cache is disposed, a read is refused instead of started.
    /// </summary>
    private T Track<T>(Func<T> start) where T : Task
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _reads.Add(ended.Task);
        }
        T task;
        try
        {
            task = start();
        }
        catch
        {
            End();
            throw;
        }
        task.ContinueWith(_ => End(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;

        void End()
        {
            lock (_gate) _reads.Remove(ended.Task);
            ended.TrySetResult();
        }
    }

    private bool _closed;

    /// <summary>
    /// Refuses any further read and waits for those under way to end, so that nothing holds the database once the host that
    /// owns the cache is gone (a test can delete its database, a server can be stopped and its file copied). A read that
    /// has not yet opened the database gives up; one reading the data reads on to its end (the whole sample takes a second
    /// or two).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Task[] reads;
        lock (_gate)
        {
            if (_closed) return;
            _closed = true;
            reads = [.. _reads];
        }
        await _closing.CancelAsync().ConfigureAwait(false);
        // Their failures are their callers' to see.
        await Task.WhenAll(reads).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
