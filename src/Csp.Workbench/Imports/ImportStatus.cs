namespace Csp.Workbench.Imports;

/// <summary>The states of a browser import (the <c>web_imports.status</c> column).</summary>
public static class ImportStatus
{
    public const string Queued = "Queued";
    public const string Running = "Running";
    public const string Finished = "Finished";
    public const string Failed = "Failed";
}
