using System.Globalization;

namespace Csp.Core.Performance;

/// <summary>
/// A performance row's figures as a table shows them (en-GB): counts with separators, percentages with "%", and the change
/// of a percentage labelled in percentage points ("-9.3 pp"), never as a per cent of a per cent.
/// </summary>
public static class PerformanceText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"1,641", "18.9%", "2.16", "£1,200"; "u/a" when not available.</summary>
    public static string Value(decimal? value, string unit) => value is not { } v ? "u/a" : unit switch
    {
        "percentage" => v.ToString("0.0", EnGb) + "%",
        "rate per 1,000" => v.ToString("#,0.00", EnGb),
        "currency" => "£" + v.ToString("#,0", EnGb),
        _ => v.ToString("#,0.##", EnGb),
    };

    /// <summary>The row's figure for the period: <see cref="Value(decimal?, string)"/>, or "*" when withheld from the reader.</summary>
    public static string Value(PerformanceRow row) => row.Withheld ? Reports.CellText.SuppressedMark : Value(row.Value, row.Unit);

    /// <summary>The row's baseline: <see cref="Value(decimal?, string)"/>, or "*" when withheld from the reader.</summary>
    public static string Baseline(PerformanceRow row) => row.Withheld ? Reports.CellText.SuppressedMark : Value(row.BaselineValue, row.Unit);

    /// <summary>The change: "+11", "-4", "-9.3 pp" for a percentage, "-0.23" for a rate; "-" when there is none; "*" when withheld.</summary>
    public static string Change(PerformanceRow row) => row.Withheld ? Reports.CellText.SuppressedMark : row.Change is not { } c ? "-" : row.Unit switch
    {
        "percentage" => Signed(c, "0.0") + " pp",
        "rate per 1,000" => Signed(c, "#,0.00"),
        _ => Signed(c, "#,0.##"),
    };

    /// <summary>The % change: "+5.1%", "-12.1%"; for a percentage measure the points again, "-9.3 pp"; "-" when there is none.</summary>
    public static string PercentChange(PerformanceRow row) => row.Withheld ? Reports.CellText.SuppressedMark : row.PercentChange is not { } p ? "-"
        : row.Unit == "percentage" ? Signed(p, "0.0") + " pp"
        : Signed(p, "0.0") + "%";

    /// <summary>A count with its noun (and verb) agreeing: "1 measure is", "2 measures are", "0 measures are".</summary>
    public static string Count(int n, string singular, string plural) => n.ToString("#,0", EnGb) + " " + (n == 1 ? singular : plural);

    private static string Signed(decimal v, string format) => (v > 0 ? "+" : "") + v.ToString(format, EnGb);
}
