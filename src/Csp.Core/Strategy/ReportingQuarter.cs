using System.Globalization;

namespace Csp.Core.Strategy;

/// <summary>
/// A calendar quarter an action plan update reports on, written yyyy-Qn as everywhere in the product (2025-Q3 is July to
/// September 2025, both months included).
/// </summary>
public readonly record struct ReportingQuarter(int Year, int Number) : IComparable<ReportingQuarter>
{
    public static ReportingQuarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public static bool TryParse(string? text, out ReportingQuarter quarter)
    {
        quarter = default;
        var t = text?.Trim() ?? "";
        if (t.Length != 7 || t[4] != '-' || (t[5] != 'Q' && t[5] != 'q')) return false;
        if (!int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1990) return false;
        if (t[6] is < '1' or > '4') return false;
        quarter = new ReportingQuarter(year, t[6] - '0');
        return true;
    }

    public int CompareTo(ReportingQuarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}");

    /// <summary>"July to September 2025".</summary>
    public string Label()
    {
        var en = CultureInfo.GetCultureInfo("en-GB");
        return $"{FirstDay.ToString("MMMM", en)} to {LastDay.ToString("MMMM yyyy", en)}";
    }

    public static bool operator <(ReportingQuarter left, ReportingQuarter right) => left.CompareTo(right) < 0;
    public static bool operator >(ReportingQuarter left, ReportingQuarter right) => left.CompareTo(right) > 0;
    public static bool operator <=(ReportingQuarter left, ReportingQuarter right) => left.CompareTo(right) <= 0;
    public static bool operator >=(ReportingQuarter left, ReportingQuarter right) => left.CompareTo(right) >= 0;
}
