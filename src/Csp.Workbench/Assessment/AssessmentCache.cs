using Csp.Core.Areas;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Storage.Areas;
using Microsoft.Extensions.Logging;

namespace Csp.Workbench.Assessment;

/// <summary>
/// The assessment data in memory: loaded from the database once (hundreds of milliseconds on the full sample), served to
/// every request, and loaded again after an import. While the new data loads, requests are answered from the old
/// snapshot, so an import never makes the dashboard wait.
/// </summary>
public sealed class AssessmentCache(CspDatabase database, ILogger<AssessmentCache> logger)
{
    private readonly Lock _gate = new();
    private Task<AssessmentSnapshot>? _current;
    private long _generation;

    public Task<AssessmentSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        Task<AssessmentSnapshot> current;
        lock (_gate)
        {
            if (_current is null || _current.IsFaulted || _current.IsCanceled) _current = LoadAsync(++_generation);
            current = _current;
        }
        return current.WaitAsync(cancellationToken);
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

    private async Task<AssessmentSnapshot> LoadAsync(long generation)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // Not the caller's token: the snapshot is shared, and one request giving up must not fail it for the others.
        var data = await AssessmentData.LoadAsync(database, CancellationToken.None).ConfigureAwait(false);
        var forceAreas = (await AreaDirectory.OfLevelAsync(database, AreaLevel.ForceArea, CancellationToken.None).ConfigureAwait(false))
            .Where(a => data.Areas.UnitsOf(a.Code).Count > 0 && data.ForcesServing(a).Count > 0)
            .ToList();
        logger.LogInformation("Assessment data loaded in {Milliseconds:0} ms ({Units} small areas, {Months} months).",
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, data.Counts.Units.Count, data.Counts.MonthCount);
        return new AssessmentSnapshot(data, forceAreas, generation);
    }
}
