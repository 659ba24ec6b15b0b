using System.Data.Common;
using Csp.Storage;

namespace Csp.Workbench.Hosting;

/// <summary>Whether the database answers a trivial query. It says nothing about the data.</summary>
public sealed class DatabaseHealth(CspDatabase database)
{
    /// <returns>Null when it answers; otherwise the error.</returns>
    public async Task<DbException?> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (DbException e)
        {
            return e;
        }
    }
}
