namespace Csp.Storage.Status;

/// <summary>What the database holds. Serialised as the documented JSON of <c>csp status --format json</c> (camelCase names).</summary>
public sealed record DatabaseStatus(
    string Database,
    IReadOnlyList<string> SchemaMigrations,
    long StreetRecords,
    IReadOnlyList<ForceCoverage> Forces,
    IReadOnlyList<ForceMonthRows> Months,
    IReadOnlyDictionary<string, long> Areas,
    IReadOnlyList<PopulationCoverage> PopulationYears,
    long ImportedFiles,
    long QuarantinedRows,
    IReadOnlyList<PartialFile> PartialFiles);

/// <param name="MissingMonths">Months (yyyy-MM) between the force's first and last month that have no data.</param>
/// <param name="IncompleteMonths">Months (yyyy-MM) held but not whole: see <see cref="ForceMonthRows.Incomplete"/>. The
/// assessment treats them as missing (it refuses, or with --partial labels every figure partial).</param>
public sealed record ForceCoverage(string Force, string FirstMonth, string LastMonth, int MonthCount, long Rows, IReadOnlyList<string> MissingMonths,
    IReadOnlyList<string> IncompleteMonths);

/// <param name="Month">yyyy-MM.</param>
/// <param name="Incomplete">Null when the month is taken as whole; else why not (its file was truncated and kept with
/// --keep-partial, or it has implausibly few rows: below 25% of the median of the force's other months).</param>
public sealed record ForceMonthRows(string Force, string Month, long Rows, string? Incomplete);

/// <param name="Areas">How many areas have an all-ages estimate for that year from that source.</param>
/// <param name="Incomplete">Some of the estimates come from a file that was truncated and kept with --keep-partial: areas may be missing.</param>
public sealed record PopulationCoverage(string Source, int Year, long Areas, bool Incomplete);

/// <summary>A file kept although its data breaks off (--keep-partial): what it holds is incomplete.</summary>
public sealed record PartialFile(string Kind, string Name, long RowsAdded, string? Message);
