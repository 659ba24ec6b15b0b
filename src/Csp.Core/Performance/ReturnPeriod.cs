using System.Globalization;
using Csp.Core.Periods;

namespace Csp.Core.Performance;

/// <summary>
/// The period a returned figure covers, by day, both ends included: a month, a quarter, a July-June youth justice year,
/// an April-March financial year, a calendar year or any other run of days.
/// </summary>
public readonly record struct ReturnPeriod
{
    public ReturnPeriod(DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentException($"The period {start:yyyy-MM-dd}..{end:yyyy-MM-dd} ends before it starts.", nameof(end));
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    /// <summary>The last day included.</summary>
    public DateOnly End { get; }

    public static ReturnPeriod Of(MonthRange months) =>
        new(new DateOnly(months.From.Year, months.From.Month, 1), LastDay(months.To));

    /// <summary>True when the period starts on the 1st of a month and ends on the last day of a month.</summary>
    public bool IsWholeMonths => Start.Day == 1 && End.AddDays(1).Day == 1;

    /// <summary>The whole months covered, when <see cref="IsWholeMonths"/>.</summary>
    public MonthRange? Months => IsWholeMonths ? new MonthRange(new YearMonth(Start.Year, Start.Month), new YearMonth(End.Year, End.Month)) : null;

    public int MonthCount => Months?.MonthCount ?? 0;

    public bool Contains(ReturnPeriod other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(ReturnPeriod other) => other.Start <= End && other.End >= Start;

    public ReturnPeriod ShiftMonths(int months) => IsWholeMonths
        ? Of(Months!.Value.Shift(months))
        : new ReturnPeriod(Start.AddMonths(months), End.AddMonths(months));

    /// <summary>
    /// As the seeds label periods: "Apr-Jun 11" (a quarter), "Jul 08 - Jun 09" (a July-June or financial year),
    /// "Mar 25" (a month), "2024" (a calendar year), or the days "03/04/2025 - 09/04/2025".
    /// </summary>
    public string Label()
    {
        if (Months is { } months)
        {
            if (months.MonthCount == 12 && months.From.Month == 1) return months.From.Year.ToString(CultureInfo.InvariantCulture);
            return months.Label();
        }
        var enGb = CultureInfo.GetCultureInfo("en-GB");
        return $"{Start.ToString("dd/MM/yyyy", enGb)} - {End.ToString("dd/MM/yyyy", enGb)}";
    }

    /// <summary>As seed 000 heads its youth justice table: "July 2008-June 2009", "April-June 2011", "March 2025".</summary>
    public string LongLabel()
    {
        if (Months is not { } months) return Label();
        var enGb = CultureInfo.GetCultureInfo("en-GB");
        string Name(YearMonth m) => new DateTime(m.Year, m.Month, 1).ToString("MMMM", enGb);
        string Year(YearMonth m) => m.Year.ToString(CultureInfo.InvariantCulture);
        if (months.From == months.To) return $"{Name(months.From)} {Year(months.From)}";
        return months.From.Year == months.To.Year
            ? $"{Name(months.From)}-{Name(months.To)} {Year(months.To)}"
            : $"{Name(months.From)} {Year(months.From)}-{Name(months.To)} {Year(months.To)}";
    }

    /// <summary>"2009-07-01..2010-06-30".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");

    private static DateOnly LastDay(YearMonth month) => new(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
}
