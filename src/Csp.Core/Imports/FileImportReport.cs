namespace Csp.Core.Imports;

/// <summary>The account of one file's import: what was read, what landed, what was already there and what was quarantined.</summary>
/// <param name="RowsRead">Data rows read (not counting the header).</param>
/// <param name="RowsAdded">Rows written to the database by this import.</param>
/// <param name="RowsDuplicate">Rows skipped because the same content was already imported.</param>
/// <param name="RowsQuarantined">Rows kept in quarantine with a reason instead of being loaded.</param>
/// <param name="RowsReplaced">Rows of an earlier import of the same units that this file replaced.</param>
/// <param name="RowsWithoutLocation">Loaded rows that have no coordinates or LSOA ("No location"): kept and counted.</param>
/// <param name="Units">The units of idempotency the file holds, e.g. "Kent Police 2025-01".</param>
/// <param name="Issues">Every quarantined row and file-level problem (the database keeps all of them).</param>
public sealed record FileImportReport(
    string File,
    string Kind,
    FileOutcome Outcome,
    long RowsRead,
    long RowsAdded,
    long RowsDuplicate,
    long RowsQuarantined,
    long RowsReplaced,
    long RowsWithoutLocation,
    IReadOnlyList<string> Units,
    IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>The data broke off before its end (a cut-off download or compressed stream): an issue at line 0 says where.</summary>
    public bool Truncated { get; init; }

    /// <summary>
    /// The rows read before the break were kept because the user asked (<c>--keep-partial</c>); what the file holds (its
    /// force-months, population years, incidents) is reported as incomplete. False for a truncated file rejected whole.
    /// </summary>
    public bool KeptPartial { get; init; }

    /// <summary>Rows kept but flagged (a partner return's total that disagrees with its parts), with file, line and field.</summary>
    public IReadOnlyList<ImportIssue> Warnings { get; init; } = [];

    /// <summary>What a later figure replaced, one line each ("Deliberate fires, E07000107, 2025-04-01..2025-04-30: 12 -> 13 (fires.csv line 4)").</summary>
    public IReadOnlyList<string> Replaced { get; init; } = [];
}
