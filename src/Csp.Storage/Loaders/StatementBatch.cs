using System.Data.Common;
using Npgsql;

namespace Csp.Storage.Loaders;

/// <summary>
/// Many executions of statements: on PostgreSQL queued and sent a thousand at a time in one round trip (an
/// <see cref="NpgsqlBatch"/>) instead of a round trip each, which is what an importer of lookups and estimates spent its time
/// on (43,212 memberships and their areas in 11 s one by one); on SQLite, in the process, run at once (prepared) as before. Statements
/// run in the order given, so each sees the ones before it as it would one by one. <see cref="Flush"/> before anything
/// else reads what they write.
/// </summary>
internal sealed class StatementBatch(DbConnection connection, DbTransaction transaction) : IDisposable
{
    /// <summary>Statements a batch holds before it is sent.</summary>
    public const int Size = 1000;

    private readonly NpgsqlBatch? _batch = connection is NpgsqlConnection pg ? new NpgsqlBatch(pg, (NpgsqlTransaction)transaction) : null;

    /// <summary>Whether statements are queued (PostgreSQL) rather than run at once.</summary>
    public bool Queues => _batch is not null;

    /// <summary>How many statements are queued.</summary>
    public int Count => _batch?.BatchCommands.Count ?? 0;

    /// <summary>Runs the command with its parameters' present values, or queues a copy of it (sent when the batch is full).</summary>
    public void Execute(DbCommand command)
    {
        if (_batch is null)
        {
            command.ExecuteNonQuery();
            return;
        }
        Queue(command);
        if (_batch.BatchCommands.Count >= Size) Flush();
    }

    /// <summary>Queues a copy of the command with its parameters' present values (PostgreSQL only), for <see cref="Flush"/> or <see cref="Scalars"/>.</summary>
    public void Queue(DbCommand command)
    {
        var queued = new NpgsqlBatchCommand(command.CommandText);
        foreach (NpgsqlParameter p in command.Parameters) queued.Parameters.Add(p.Clone());
        _batch!.BatchCommands.Add(queued);
    }

    /// <summary>Sends the statements queued.</summary>
    public void Flush()
    {
        if (_batch is not { BatchCommands.Count: > 0 }) return;
        _batch.ExecuteNonQuery();
        _batch.BatchCommands.Clear();
    }

    /// <summary>Sends the queries queued, each returning one row, and gives each one's first value as a number.</summary>
    public List<long> Scalars()
    {
        var expected = Count;
        var values = new List<long>(expected);
        if (_batch is not { BatchCommands.Count: > 0 }) return values;
        using (var reader = _batch.ExecuteReader())
        {
            do
            {
                if (!reader.Read()) throw new InvalidOperationException("A query of the batch returned no row.");
                values.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            }
            while (reader.NextResult());
        }
        _batch.BatchCommands.Clear();
        if (values.Count != expected) throw new InvalidOperationException($"The batch returned {values.Count} results for {expected} queries.");
        return values;
    }

    public void Dispose() => _batch?.Dispose();
}
