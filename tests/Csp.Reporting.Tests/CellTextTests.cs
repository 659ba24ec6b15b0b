using Csp.Core.Reports;

namespace Csp.Reporting.Tests;

public sealed class CellTextTests
{
    [Theory]
    [InlineData(8401, CellFormat.Count, "8,401")]
    [InlineData(-1758, CellFormat.SignedCount, "-1,758")]
    [InlineData(12, CellFormat.SignedCount, "+12")]
    [InlineData(-20.93, CellFormat.PercentChange, "-20.9%")]
    [InlineData(4.06, CellFormat.PercentChange, "+4.1%")]
    [InlineData(62.104, CellFormat.Rate, "62.10")]
    [InlineData(0.0004, CellFormat.PValue, "<0.001")]
    [InlineData(0.0412, CellFormat.PValue, "0.041")]
    public void A_number_is_written_as_the_seeds_write_it(double value, CellFormat format, string expected) =>
        Assert.Equal(expected, CellText.Format(TableCell.Of(value), format));

    [Fact]
    public void A_suppressed_cell_shows_the_mark_and_a_missing_percentage_shows_a_dash()
    {
        Assert.Equal("*", CellText.Format(TableCell.Withheld, CellFormat.Count));
        Assert.Equal("-", CellText.Format(TableCell.Of((double?)null), CellFormat.PercentChange));
    }
}
