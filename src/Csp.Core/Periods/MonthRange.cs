using System.Globalization;

namespace Csp.Core.Periods;

/// <summary>A run of whole months, both ends included: 2024-10..2025-09 is the twelve months of the year ending September 2025.</summary>
public readonly record struct MonthRange
{
    public MonthRange(YearMonth from, YearMonth to)
    {
        if (to < from) throw new ArgumentException($"The range {from}..{to} ends before it starts.", nameof(to));
        From = from;
        To = to;
    }

    public YearMonth From { get; }

    public YearMonth To { get; }

    public int MonthCount => To.Index - From.Index + 1;

    public bool Contains(YearMonth month) => month >= From && month <= To;

    public IEnumerable<YearMonth> Months()
    {
        for (var i = From.Index; i <= To.Index; i++) yield return YearMonth.FromIndex(i);
    }

    public MonthRange Shift(int months) => new(From.AddMonths(months), To.AddMonths(months));

    /// <summary>Parses <c>yyyy-MM..yyyy-MM</c> (or a single <c>yyyy-MM</c>).</summary>
    public static bool TryParse(string text, out MonthRange range)
    {
        range = default;
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2) return false;
        if (!YearMonth.TryParse(parts[0], out var from)) return false;
        var to = from;
        if (parts.Length == 2 && !YearMonth.TryParse(parts[1], out to)) return false;
        if (to < from) return false;
        range = new MonthRange(from, to);
        return true;
    }

    /// <summary>"2024-10..2025-09".</summary>
    public override string ToString() => From == To ? From.ToString() : $"{From}..{To}";

    /// <summary>As the seeds write it: "Oct 24 - Sep 25", or "Apr-Jul 25" within one year.</summary>
    public string Label()
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        string Month(YearMonth m) => new DateTime(m.Year, m.Month, 1).ToString("MMM", culture);
        string Year(YearMonth m) => (m.Year % 100).ToString("D2", CultureInfo.InvariantCulture);
        if (From == To) return $"{Month(From)} {Year(From)}";
        return From.Year == To.Year ? $"{Month(From)}-{Month(To)} {Year(To)}" : $"{Month(From)} {Year(From)} - {Month(To)} {Year(To)}";
    }
}
