using System.Globalization;

namespace Csp.Ingest.Csv;

/// <summary>A date typed into a configuration or case file: ISO (2025-12-18) or as a UK spreadsheet writes it (18/12/2025).</summary>
internal static class DateField
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public const string Expected = "a date as yyyy-MM-dd (or dd/MM/yyyy)";

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
