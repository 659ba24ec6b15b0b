using Csp.Workbench.Cases;

namespace Csp.Web.Cases;

/// <summary>
/// The ASB cases' retention job, run by the web app a minute after it starts and then once a day: closed cases past the
/// partnership's retention period are anonymised, and the people on no kept case (<see cref="AsbCases.ApplyRetentionAsync"/>;
/// <c>csp case retention</c> runs the same by hand). Each run is audited; what it did is logged.
/// </summary>
internal sealed class RetentionWorker(IServiceScopeFactory scopes, ILogger<RetentionWorker> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunAfter, stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var outcome = await scope.ServiceProvider.GetRequiredService<AsbCases>().ApplyRetentionAsync("retention", dryRun: false, stoppingToken).ConfigureAwait(false);
                    logger.LogInformation("Retention ({Years} years, closed on or before {Cutoff:yyyy-MM-dd}): {Cases} case(s) and {People} person record(s) anonymised.",
                        outcome.RetentionYears, outcome.Cutoff, outcome.Cases.Count, outcome.People);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed run (the database away) is retried at the next; the app keeps serving.
                    logger.LogError(e, "The retention job failed; it runs again in {Hours} hours.", Every.TotalHours);
                }
                await Task.Delay(Every, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
