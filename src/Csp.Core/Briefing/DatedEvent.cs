using System.Globalization;

namespace Csp.Core.Briefing;

/// <summary>
/// A day or run of days the partnership plans for: Halloween, Bonfire Night, Christmas, a school holiday. Either
/// annual (month and day, every year; may run over the new year, e.g. 31 Dec to 1 Jan) or fixed (dates in one year,
/// as school holidays are). Both ends are included.
/// </summary>
public sealed record DatedEvent
{
    private DatedEvent(string name, DateOnly? fixedFrom, DateOnly? fixedTo, (int Month, int Day)? annualFrom, (int Month, int Day)? annualTo)
    {
        Name = name;
        FixedFrom = fixedFrom;
        FixedTo = fixedTo;
        AnnualFrom = annualFrom;
        AnnualTo = annualTo;
    }

    public string Name { get; }

    public DateOnly? FixedFrom { get; }

    public DateOnly? FixedTo { get; }

    public (int Month, int Day)? AnnualFrom { get; }

    public (int Month, int Day)? AnnualTo { get; }

    public bool IsAnnual => AnnualFrom is not null;

    public static DatedEvent Fixed(string name, DateOnly from, DateOnly to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (to < from) throw new ArgumentException($"{name}: ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        return new DatedEvent(name, from, to, null, null);
    }

    /// <summary>Every year from the month and day to the month and day; when the end is earlier in the year than the start it is in the next year.</summary>
    public static DatedEvent Annual(string name, int fromMonth, int fromDay, int toMonth, int toDay)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // 2024 is a leap year: 29 February is a valid annual day (it occurs only in leap years).
        _ = new DateOnly(2024, fromMonth, fromDay);
        _ = new DateOnly(2024, toMonth, toDay);
        return new DatedEvent(name, null, null, (fromMonth, fromDay), (toMonth, toDay));
    }

    /// <summary>Each occurrence (first and last day, included) that overlaps <paramref name="from"/> to <paramref name="to"/>, cut to that span.</summary>
    public IEnumerable<(DateOnly From, DateOnly To)> OccurrencesWithin(DateOnly from, DateOnly to)
    {
        if (FixedFrom is { } f && FixedTo is { } t)
        {
            if (t >= from && f <= to) yield return (Max(f, from), Min(t, to));
            yield break;
        }
        var (fm, fd) = AnnualFrom!.Value;
        var (tm, td) = AnnualTo!.Value;
        var crossesYear = (tm, td).CompareTo((fm, fd)) < 0;
        for (var year = from.Year - 1; year <= to.Year; year++)
        {
            if (!TryDate(year, fm, fd, out var start) || !TryDate(crossesYear ? year + 1 : year, tm, td, out var end)) continue;
            if (end >= from && start <= to) yield return (Max(start, from), Min(end, to));
        }
    }

    public override string ToString() => FixedFrom is { } f
        ? string.Create(CultureInfo.InvariantCulture, $"{Name} ({f:yyyy-MM-dd} to {FixedTo:yyyy-MM-dd})")
        : string.Create(CultureInfo.InvariantCulture, $"{Name} (every year, {AnnualFrom!.Value.Day} {Month(AnnualFrom.Value.Month)} to {AnnualTo!.Value.Day} {Month(AnnualTo.Value.Month)})");

    private static string Month(int month) => CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetAbbreviatedMonthName(month);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
