using Csp.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Csp.Web.Hosting;

/// <summary>/health: healthy when the database answers a trivial query. It says nothing about the data.</summary>
internal sealed class DatabaseHealthCheck(CspDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (System.Data.Common.DbException e)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
