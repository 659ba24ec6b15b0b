using Csp.Core.NearRepeat;

namespace Csp.Core.Tests.NearRepeat;

public class DistanceBandsTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.9, 0)]
    [InlineData(1.0, 1)]
    [InlineData(100.99, 1)]
    [InlineData(101.0, 2)]
    [InlineData(1e9, 2)]
    public void A_distance_falls_in_the_band_whose_lower_break_it_reaches(double distance, int band)
    {
        var bands = DistanceBands.FromBreaks(0, 1, 101, double.PositiveInfinity);

        Assert.Equal(band, bands.IndexOf(distance));
    }

    [Fact]
    public void A_distance_at_a_finite_last_break_is_in_no_band()
    {
        var bands = DistanceBands.FromBreaks(0, 100, 200);

        Assert.Equal(-1, bands.IndexOf(200));
        Assert.Equal(-1, bands.IndexOf(double.NaN));
        Assert.Equal(200, bands.LargestFiniteBreak);
        Assert.False(bands.IsOpenEnded);
    }

    [Fact]
    public void An_open_ended_band_list_reports_its_largest_finite_break()
    {
        var bands = DistanceBands.FromBreaks(0, 8, 15, double.PositiveInfinity);

        Assert.Equal(15, bands.LargestFiniteBreak);
        Assert.Equal(2, bands.FiniteCount);
        Assert.Null(bands.To(2));
    }

    [Fact]
    public void Bands_are_labelled_in_interval_notation()
    {
        var bands = DistanceBands.FromBreaks(0, 0.001, 101, double.PositiveInfinity);

        Assert.Equal(["[0, 0.001)", "[0.001, 101)", "[101, Inf)"], Enumerable.Range(0, bands.Count).Select(bands.Label));
    }

    [Theory]
    [InlineData(new[] { 5.0 })]
    [InlineData(new[] { 0.0, 0.0 })]
    [InlineData(new[] { 10.0, 5.0 })]
    [InlineData(new[] { -1.0, 5.0 })]
    [InlineData(new[] { 0.0, double.PositiveInfinity, 10.0 })]
    [InlineData(new[] { 0.0, double.NaN })]
    public void Bad_breaks_are_refused(double[] breaks)
    {
        Assert.Throws<ArgumentException>(() => DistanceBands.FromBreaks(breaks));
    }
}
