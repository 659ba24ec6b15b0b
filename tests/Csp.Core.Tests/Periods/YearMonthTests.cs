using Csp.Core.Periods;

namespace Csp.Core.Tests.Periods;

public sealed class YearMonthTests
{
    [Fact]
    public void A_police_uk_month_parses_into_its_year_and_month()
    {
        var month = YearMonth.Parse("2025-01");

        Assert.Equal(2025, month.Year);
        Assert.Equal(1, month.Month);
        Assert.Equal("2025-01", month.ToString());
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("0000-01")]
    [InlineData("2025-1")]
    [InlineData("25-01")]
    [InlineData("2025/01")]
    [InlineData("202501")]
    [InlineData(" 2025-01")]
    [InlineData("2025-01 ")]
    [InlineData("+202-01")]
    [InlineData("2025--1")]
    [InlineData("2025-1a")]
    [InlineData("Jan 2025")]
    [InlineData("")]
    public void Text_that_is_not_exactly_yyyy_MM_is_not_a_month(string text)
    {
        Assert.False(YearMonth.TryParse(text, out var value));
        Assert.Equal(default, value);
        var error = Assert.Throws<FormatException>(() => YearMonth.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_are_ordered_by_time_not_by_month_number()
    {
        var months = new[] { YearMonth.Parse("2025-01"), YearMonth.Parse("2022-12"), YearMonth.Parse("2024-12"), YearMonth.Parse("2022-11") };

        Assert.Equal(["2022-11", "2022-12", "2024-12", "2025-01"], months.Order().Select(m => m.ToString()));
        Assert.True(YearMonth.Parse("2024-12") < YearMonth.Parse("2025-01"));
        Assert.True(YearMonth.Parse("2025-01") > YearMonth.Parse("2024-12"));
        Assert.True(YearMonth.Parse("2025-01") >= YearMonth.Parse("2025-01"));
        Assert.True(YearMonth.Parse("2025-01") <= YearMonth.Parse("2025-01"));
        Assert.False(YearMonth.Parse("2025-02") <= YearMonth.Parse("2025-01"));
    }

    [Theory]
    [InlineData("2024-11", 3, "2025-02")]
    [InlineData("2025-01", -1, "2024-12")]
    [InlineData("2022-12", 24, "2024-12")]
    [InlineData("2025-03", -27, "2022-12")]
    [InlineData("2025-06", 0, "2025-06")]
    [InlineData("2010-12", 12, "2011-12")]
    public void Adding_months_carries_into_the_year(string start, int months, string expected)
    {
        Assert.Equal(expected, YearMonth.Parse(start).AddMonths(months).ToString());
    }

    [Fact]
    public void Consecutive_months_across_a_new_year_have_consecutive_indexes()
    {
        Assert.Equal(YearMonth.Parse("2024-12").Index + 1, YearMonth.Parse("2025-01").Index);
        Assert.Equal(2025 * 12, YearMonth.Parse("2025-01").Index);
        Assert.Equal(YearMonth.Parse("2025-01"), YearMonth.FromIndex(2025 * 12));
    }

    [Fact]
    public void Number_is_yyyymm_and_FromNumber_reverses_it()
    {
        Assert.Equal(202501, YearMonth.Parse("2025-01").Number);
        Assert.Equal(202212, YearMonth.Parse("2022-12").Number);
        Assert.Equal(YearMonth.Parse("2024-12"), YearMonth.FromNumber(202412));
        Assert.Equal(new YearMonth(2010, 12), YearMonth.FromNumber(201012));
    }

    [Theory]
    [InlineData(202413)]
    [InlineData(202400)]
    [InlineData(12)]
    public void FromNumber_rejects_a_number_that_is_not_a_month(int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => YearMonth.FromNumber(number));
    }

    [Fact]
    public void A_year_before_1000_is_written_with_four_digits_so_that_it_parses_back()
    {
        var month = new YearMonth(999, 3);

        Assert.Equal("0999-03", month.ToString());
        Assert.Equal(month, YearMonth.Parse(month.ToString()));
    }
}
