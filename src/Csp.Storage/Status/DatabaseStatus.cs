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
    long QuarantinedRows);

/// <param name="MissingMonths">Months (yyyy-MM) between the force's first and last month that have no data.</param>
public sealed record ForceCoverage(string Force, string FirstMonth, string LastMonth, int MonthCount, long Rows, IReadOnlyList<string> MissingMonths);

/// <param name="Month">yyyy-MM.</param>
public sealed record ForceMonthRows(string Force, string Month, long Rows);

/// <param name="Areas">How many areas have an all-ages estimate for that year from that source.</param>
public sealed record PopulationCoverage(string Source, int Year, long Areas);
