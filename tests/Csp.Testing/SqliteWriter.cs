namespace Csp.Testing;

/// <summary>Whether another process holds a SQLite database's write lock (an import's transaction is open).</summary>
public static class SqliteWriter
{
    /// <summary>True while another connection holds the database's write lock.</summary>
    /// <remarks>Through SQLite's C API: Microsoft.Data.Sqlite retries a busy statement until its command timeout. The probe
    /// takes the lock only when nobody holds it, and gives it straight back.</remarks>
    public static bool IsActive(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var handle = connection.Handle!;
        SQLitePCL.raw.sqlite3_busy_timeout(handle, 0);
        var rc = SQLitePCL.raw.sqlite3_exec(handle, "BEGIN IMMEDIATE");
        if (rc == SQLitePCL.raw.SQLITE_OK)
        {
            SQLitePCL.raw.sqlite3_exec(handle, "ROLLBACK");
            return false;
        }
        return rc is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED;
    }
}
