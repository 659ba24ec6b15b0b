using System.Globalization;

namespace Csp.Core.Periods;

/// <summary>A calendar month, the unit in which data.police.uk publishes street-level data.</summary>
/// <remarks>Ordered by time; <see cref="Index"/> counts months from year 0 so that month arithmetic is integer arithmetic.</remarks>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1 to 9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1 to 12.");
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>Months since January of year 0: consecutive months have consecutive indexes.</summary>
    public int Index => Year * 12 + Month - 1;

    /// <summary>The month as the integer yyyymm (202501 for January 2025), the form stored in the database.</summary>
    public int Number => Year * 100 + Month;

    public static YearMonth FromIndex(int index) => new(index / 12, index % 12 + 1);

    public static YearMonth FromNumber(int yyyymm) => new(yyyymm / 100, yyyymm % 100);

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth left, YearMonth right) => left.Index < right.Index;

    public static bool operator >(YearMonth left, YearMonth right) => left.Index > right.Index;

    public static bool operator <=(YearMonth left, YearMonth right) => left.Index <= right.Index;

    public static bool operator >=(YearMonth left, YearMonth right) => left.Index >= right.Index;

    /// <summary>Parses exactly <c>yyyy-MM</c> (the police.uk Month column); anything else is not a month.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out YearMonth value)
    {
        value = default;
        if (text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return false;
        if (year < 1 || month is < 1 or > 12) return false;
        value = new YearMonth(year, month);
        return true;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month in the form yyyy-MM.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
