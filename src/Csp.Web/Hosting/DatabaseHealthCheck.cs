using Csp.Workbench.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Csp.Web.Hosting;

/// <summary>/health: healthy when the database answers a trivial query. It says nothing about the data.</summary>
internal sealed class DatabaseHealthCheck(DatabaseHealth database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.CheckAsync(cancellationToken).ConfigureAwait(false) is { } error
            ? HealthCheckResult.Unhealthy("The database does not answer.", error)
            : HealthCheckResult.Healthy();
}
