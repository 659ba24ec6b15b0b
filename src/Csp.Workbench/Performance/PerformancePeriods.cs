using System.Globalization;
using Csp.Core.Periods;

namespace Csp.Workbench.Performance;

/// <summary>The periods of <c>csp performance</c> and the web page: a quarter against the same quarter a year earlier, or a period against a baseline.</summary>
public static class PerformancePeriods
{
    /// <summary><c>2025-Q2</c> (April-June 2025, against April-June 2024), or <paramref name="period"/> and <paramref name="baseline"/> as <c>2025-04..2025-06</c>.</summary>
    public static bool TryParse(string? quarter, string? period, string? baseline, out PeriodComparison? periods, out string? problem)
    {
        periods = null;
        problem = null;
        if (!string.IsNullOrWhiteSpace(quarter))
        {
            if (!string.IsNullOrWhiteSpace(period) || !string.IsNullOrWhiteSpace(baseline))
            {
                problem = "Give either a quarter or a period and a baseline, not both.";
                return false;
            }
            if (TryQuarter(quarter, out var year, out var q))
            {
                periods = PeriodComparison.Quarter(year, q);
                return true;
            }
            problem = $"'{quarter}' is not a quarter: write it as 2025-Q2 (April-June 2025).";
            return false;
        }
        if (string.IsNullOrWhiteSpace(period) || string.IsNullOrWhiteSpace(baseline))
        {
            problem = "Give a quarter (2025-Q2), or a period and a baseline (2025-04..2025-06 and 2024-04..2024-06).";
            return false;
        }
        if (!MonthRange.TryParse(period, out var p))
        {
            problem = $"'{period}' is not a period: write it as 2025-04..2025-06.";
            return false;
        }
        if (!MonthRange.TryParse(baseline, out var b))
        {
            problem = $"'{baseline}' is not a baseline: write it as 2024-04..2024-06.";
            return false;
        }
        periods = PeriodComparison.Explicit(p, b);
        return true;
    }

    /// <summary>"2025-Q2" or "2025Q2" (case-insensitive).</summary>
    public static bool TryQuarter(string text, out int year, out int quarter)
    {
        year = quarter = 0;
        var t = text.Trim().ToUpperInvariant().Replace("-", "", StringComparison.Ordinal);
        if (t.Length != 6 || t[4] != 'Q') return false;
        return int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1990 and <= 2100
            && int.TryParse(t[5..], NumberStyles.None, CultureInfo.InvariantCulture, out quarter) && quarter is >= 1 and <= 4;
    }
}
