namespace Csp.Testing;

/// <summary>A test's SQLite database files deleted when the test is done with them.</summary>
public static class SqliteFiles
{
    /// <summary>
    /// Deletes the database with its write-ahead log and shared-memory file, after closing the pooled connections (those of
    /// other tests reopen when next used). What cannot be deleted is left to the run's temporary folder (tests/TestTemp.cs).
    /// </summary>
    public static void Delete(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Still open somewhere: the temporary folder goes with the process.
            }
        }
    }
}
