namespace Csp.Core.Periods;

/// <summary>A period and the baseline it is compared with, as the assessment and the performance reports use them.</summary>
/// <param name="Kind">How the period was chosen, for labels: "year ending September", "financial year", "year to date", ...</param>
public sealed record PeriodComparison(MonthRange Period, MonthRange Baseline, string Kind)
{
    /// <summary>The assessment year: the twelve months to 30 September of <paramref name="year"/> (YE Sept 2025 = Oct 2024 to Sep 2025), against the twelve before.</summary>
    public static PeriodComparison YearEndingSeptember(int year) => YearEnding(new YearMonth(year, 9), "year ending September");

    /// <summary>The twelve months ending with <paramref name="end"/> (inclusive), against the twelve months before them.</summary>
    public static PeriodComparison YearEnding(YearMonth end, string? kind = null)
    {
        var period = new MonthRange(end.AddMonths(-11), end);
        return new PeriodComparison(period, period.Shift(-12), kind ?? (end.Month == 9 ? "year ending September" : "rolling 12 months"));
    }

    /// <summary>The financial year April <paramref name="startYear"/> to March of the next year, against the one before.</summary>
    public static PeriodComparison FinancialYear(int startYear)
    {
        var period = new MonthRange(new YearMonth(startYear, 4), new YearMonth(startYear + 1, 3));
        return new PeriodComparison(period, period.Shift(-12), "financial year");
    }

    /// <summary>The financial year to date: April to <paramref name="through"/>, against the same months a year earlier (the seeds' "Apr-Jul 10 vs Apr-Jul 11").</summary>
    public static PeriodComparison YearToDate(YearMonth through)
    {
        var start = new YearMonth(through.Month >= 4 ? through.Year : through.Year - 1, 4);
        var period = new MonthRange(start, through);
        return new PeriodComparison(period, period.Shift(-12), "financial year to date");
    }

    /// <summary>A calendar quarter (1 = January to March), against the same quarter a year earlier.</summary>
    public static PeriodComparison Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        var start = new YearMonth(year, quarter * 3 - 2);
        var period = new MonthRange(start, start.AddMonths(2));
        return new PeriodComparison(period, period.Shift(-12), "quarter");
    }

    /// <summary>One month against the same month a year earlier.</summary>
    public static PeriodComparison Month(YearMonth month) => new(new MonthRange(month, month), new MonthRange(month.AddMonths(-12), month.AddMonths(-12)), "month");

    /// <summary>Any range against any baseline (they need not be the same length; rates are per month of exposure).</summary>
    public static PeriodComparison Explicit(MonthRange period, MonthRange baseline) => new(period, baseline, "explicit");
}
