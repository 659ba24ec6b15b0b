using Csp.Core.Performance;

namespace Csp.Core.Tests.Performance;

public sealed class PerformanceTextTests
{
    [Fact]
    public void A_percentage_changes_in_points_and_a_count_in_per_cent()
    {
        // Seed 000 line 469 (28.2% -> 18.9%) and line 197 (117 -> 123).
        var perception = new PerformanceRow("Teenagers", 18.9m, 28.2m, -9.3m, -9.3m, "percentage", "reduce", "green", null, false);
        var entrants = new PerformanceRow("FTE", 123, 117, 6, 5.1m, "count", null, "not rated", null, false);

        Assert.Equal(("18.9%", "-9.3 pp", "-9.3 pp"), (PerformanceText.Value(perception.Value, perception.Unit), PerformanceText.Change(perception), PerformanceText.PercentChange(perception)));
        Assert.Equal(("123", "+6", "+5.1%"), (PerformanceText.Value(entrants.Value, entrants.Unit), PerformanceText.Change(entrants), PerformanceText.PercentChange(entrants)));
    }

    [Fact]
    public void Not_available_is_written_u_a_and_no_change_a_dash()
    {
        var row = new PerformanceRow("High ASB", null, 9.4m, null, null, "percentage", "reduce", "not rated", null, true);

        Assert.Equal(("u/a", "-", "-"), (PerformanceText.Value(row.Value, row.Unit), PerformanceText.Change(row), PerformanceText.PercentChange(row)));
        Assert.Equal(("1,641", "2.16", "£1,200"), (PerformanceText.Value(1641, "count"), PerformanceText.Value(2.16m, "rate per 1,000"), PerformanceText.Value(1200, "currency")));
    }
}
