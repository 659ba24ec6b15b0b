using Csp.Storage;
using Csp.Storage.Status;

namespace Csp.Workbench.Status;

/// <summary>What the database holds (<c>csp status</c>, <c>GET /api/status</c>): months per force with row counts, gaps, areas, population years.</summary>
public sealed class StatusReport(CspDatabase database)
{
    public Task<DatabaseStatus> ReadAsync(CancellationToken cancellationToken) => StatusQuery.ReadAsync(database, cancellationToken);
}
