namespace Csp.Core.Imports;

/// <summary>What an import did with one file.</summary>
public enum FileOutcome
{
    /// <summary>New data: its rows were added.</summary>
    Added,
    /// <summary>It replaced earlier data for the same units (a later release of the same force and month).</summary>
    Replaced,
    /// <summary>The same content was already imported: nothing changed.</summary>
    Unchanged,
    /// <summary>Nothing could be read from it (empty, not CSV, missing columns); the reason is in the issues.</summary>
    Rejected,
}
