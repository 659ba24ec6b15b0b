using System.Data.Common;

namespace Csp.Workbench.Imports;

/// <summary>
/// The database failed while a file was being imported (the server stopped or was killed, the connection was cut, the
/// disk filled): that file was rolled back whole, the files before it are in, and the same import run again completes it.
/// </summary>
public sealed class ImportInterruptedException(string file, int filesImported, DbException cause)
    : Exception($"{file}: the database failed while this file was being imported ({cause.Message}{(cause.InnerException is { } inner ? ": " + inner.Message : "")}). " +
        $"Nothing of this file was kept (a file is one transaction); {(filesImported == 0 ? "no file before it was imported" : $"the {filesImported} file(s) before it are imported")}. " +
        "Run the same import again once the database is back: files already in are reported Unchanged.", cause)
{
    public string File { get; } = file;

    public int FilesImported { get; } = filesImported;
}
