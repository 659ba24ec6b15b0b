using Csp.Core.Imports;

namespace Csp.Core.Tests;

/// <summary>Rows as Csp.Ingest's ConfigurationCsv reads them, for test inputs written without quotes (line 1 is the header).</summary>
internal static class CsvRows
{
    public static IReadOnlyList<CsvRow> Of(params string[] lines) =>
        lines.Select((l, i) => new CsvRow(i + 1, l.Split(',').Select(c => c.Trim()).ToArray())).ToList();
}
