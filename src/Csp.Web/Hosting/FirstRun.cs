using System.Globalization;
using Csp.Core.Imports;
using Csp.Workbench.Hosting;
using Csp.Workbench.Imports;
using Csp.Storage;
using Csp.Storage.Diagnostics;
using Csp.Web.Assessment;
using Microsoft.Extensions.Options;

using Csp.Workbench.Assessment;

namespace Csp.Web.Hosting;

/// <summary>
/// Before the app takes requests: the schema brought up to date, imports a stopped app left unfinished marked failed, the
/// first administrator created when there are no users, the bundled sample with its caseload and strategy loaded when asked
/// and the database holds no police data; once the app listens, the sample's caseload and strategy checked when asked (a
/// database loaded before they were part of the sample gets them) and the assessment data's reading into memory
/// (<see cref="WholeReadDelay"/>).
/// </summary>
internal sealed class FirstRun(DatabaseStartup startup, CspDatabase database, IOptions<CspWebOptions> options,
    FirstRunConsole console, AssessmentCache cache, TimeProvider clock, ILogger<FirstRun> logger, Csp.Workbench.Cases.DemoCaseload demo,
    Csp.Workbench.Strategy.Strategies strategies, Csp.Workbench.Consultation.Surveys surveys) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var given = new[] { options.Value.AdminPassword, Environment.GetEnvironmentVariable("CSP_ADMIN_PASSWORD") }.FirstOrDefault(p => !string.IsNullOrEmpty(p));
        StartupTrace.Mark("serve: first run's checks begin");
        var (created, state) = await startup.PrepareAsync(given, cancellationToken).ConfigureAwait(false);
        if (created is not null)
        {
            var w = console.Writer;
            await w.WriteLineAsync($"First run: created the administrator account '{created.UserName}'.").ConfigureAwait(false);
            await w.WriteLineAsync(given is null
                ? $"  Its password is {created.Password}  (shown this once and not stored; sign in and change it under 'Your account')."
                : "  Its password is the one given in CSP_ADMIN_PASSWORD.").ConfigureAwait(false);
            await w.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        StartupTrace.Mark("serve: accounts ready");
        _sampleToCheck = options.Value.ImportSampleWhenEmpty;
        if (_sampleToCheck && !state.HasPoliceData)
        {
            // The first run: the sample, its caseload and strategy all in before the app listens.
            await ImportSampleAsync(cancellationToken).ConfigureAwait(false);
            await LoadSampleCaseloadAndStrategyAsync(cancellationToken).ConfigureAwait(false);
            _sampleToCheck = false;
        }
        StartupTrace.Mark("serve: first run's checks done");
    }

    /// <summary>
    /// Whether the sample's caseload and strategy are still to be checked once the app listens: a database that holds police
    /// data has them already, unless it was loaded before they were part of the sample (the checks are idempotent, and
    /// need Entity Framework, whose model takes half a second to build: a restart listens without waiting for it).
    /// </summary>
    private bool _sampleToCheck;

    /// <summary>The demonstration ASB caseload and the sample partnership's structure, strategy and action plan (seed 004), once: both loads are idempotent.</summary>
    private async Task LoadSampleCaseloadAndStrategyAsync(CancellationToken cancellationToken)
    {
        if (await demo.LoadAsync(cancellationToken).ConfigureAwait(false) is > 0 and var cases)
        {
            await console.Writer.WriteLineAsync($"Loaded the demonstration ASB caseload: {cases} fictitious cases, labelled as demonstration data.").ConfigureAwait(false);
        }
        StartupTrace.Mark("serve: demonstration caseload present");
        if (await strategies.LoadSampleAsync(Csp.Workbench.Hosting.CspHome.SampleData(CspWebApp.HomeOf(options.Value)), cancellationToken).ConfigureAwait(false) is { Outcome: "Added" } loaded)
        {
            await console.Writer.WriteLineAsync($"Loaded the sample strategy and action plan: {loaded.Refs.Count} actions.").ConfigureAwait(false);
        }
        StartupTrace.Mark("serve: sample strategy present");
    }

    private async Task CheckSampleAsync(CancellationToken stopping)
    {
        try
        {
            await LoadSampleCaseloadAndStrategyAsync(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped first: the next start checks again.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The app serves on without them (the database away, a sample file unreadable): said, not thrown at the stop.
            logger.LogError(e, "Could not check the sample's caseload and strategy; the next start checks again.");
        }
    }

    /// <summary>
    /// How long after the app starts listening the whole assessment data begins to load when no page has asked for it
    /// first. Until it is in memory a page about one area is answered from a read of that area's part (AssessmentCache,
    /// which starts the whole read once that part is in), so the start-up work, the first page and the whole read (some
    /// seconds of CPU on every force's data) do not all contend for the cores at once.
    /// </summary>
    internal static readonly TimeSpan WholeReadDelay = TimeSpan.FromSeconds(1);

    /// <summary>Cancelled when the app begins to stop: the sample's checks and the whole read stop where they can.</summary>
    private readonly CancellationTokenSource _stopping = new();
    private Task _wholeRead = Task.CompletedTask;

    private async Task ReadTheWholeSoonAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(WholeReadDelay, stopping).ConfigureAwait(false);
            await cache.GetAsync(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The app is stopping; the cache waits for a read under way to end when it is disposed.
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // A page that needs the whole data asks again (AssessmentCache reads it again after a failed read).
            logger.LogWarning(e, "Could not load the assessment data in the background.");
        }
    }

    private async Task ImportSampleAsync(CancellationToken cancellationToken)
    {
        var w = console.Writer;
        var root = Csp.Workbench.Hosting.CspHome.SampleData(CspWebApp.HomeOf(options.Value));
        await w.WriteLineAsync($"The database holds no police data: loading the bundled sample ({root}), about a minute on the first run...").ConfigureAwait(false);
        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
        var reports = new List<FileImportReport>();
        await foreach (var report in SampleData.ImportAsync(database, clock, surveys, root, null, cancellationToken).ConfigureAwait(false))
        {
            reports.Add(report);
            if (report.Outcome == FileOutcome.Rejected) logger.LogWarning("Sample file {File} was rejected: {Issues}", report.File, string.Join("; ", report.Issues));
        }
        await w.WriteLineAsync(string.Create(CultureInfo.GetCultureInfo("en-GB"),
            $"Loaded {reports.Count} files: {reports.Sum(r => r.RowsAdded):N0} rows added, {reports.Sum(r => r.RowsQuarantined):N0} quarantined.")).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        StartupTrace.Mark("serve: listening");
        // On a thread of its own: EF builds its model, and SQLite answers, synchronously; the host's start is not held.
        _sampleCheck = _sampleToCheck ? Task.Run(() => CheckSampleAsync(_stopping.Token), CancellationToken.None) : Task.CompletedTask;
        _wholeRead = ReadTheWholeSoonAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    private Task _sampleCheck = Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.WhenAll(_sampleCheck, _wholeRead).WaitAsync(cancellationToken);

    public async Task StoppingAsync(CancellationToken cancellationToken) => await _stopping.CancelAsync().ConfigureAwait(false);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
