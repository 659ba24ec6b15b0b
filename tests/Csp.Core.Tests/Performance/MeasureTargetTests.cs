using Csp.Core.Performance;

namespace Csp.Core.Tests.Performance;

public sealed class MeasureTargetTests
{
    [Theory]
    [InlineData("maintain", TargetKind.Maintain, 0)]
    [InlineData("Maintain the low level", TargetKind.Maintain, 0)]
    [InlineData("reduce", TargetKind.Improve, 0)]
    [InlineData("A reduction in road traffic collisions", TargetKind.Improve, 0)]
    [InlineData("increase", TargetKind.Improve, 0)]
    [InlineData("reduce by 5%", TargetKind.PercentChange, -5)]
    [InlineData("-5%", TargetKind.PercentChange, -5)]
    [InlineData("increase by 3%", TargetKind.PercentChange, 3)]
    [InlineData("+3%", TargetKind.PercentChange, 3)]
    [InlineData("reduce by 2pp", TargetKind.PointsChange, -2)]
    [InlineData("+1.5 percentage points", TargetKind.PointsChange, 1.5)]
    [InlineData("1,200", TargetKind.Number, 1200)]
    [InlineData("65%", TargetKind.Number, 65)]
    public void Reads_the_ways_a_partnership_writes_a_target(string text, TargetKind kind, double value)
    {
        Assert.True(MeasureTarget.TryParse(text, out var target));
        Assert.Equal(new MeasureTarget(kind, (decimal)value), target);
    }

    [Fact]
    public void An_empty_target_is_no_target_and_nonsense_is_refused()
    {
        Assert.True(MeasureTarget.TryParse("", out var none));
        Assert.Null(none);
        Assert.False(MeasureTarget.TryParse("lots fewer", out _));
        Assert.False(MeasureTarget.TryParse("reduce by 12", out _)); // a size with no % or pp is ambiguous
    }

    [Fact]
    public void The_level_follows_from_the_baseline()
    {
        Assert.Equal(31.35m, new MeasureTarget(TargetKind.PercentChange, -5).Level(33));
        Assert.Equal(20.5m, new MeasureTarget(TargetKind.PointsChange, -2).Level(22.5m));
        Assert.Equal(21m, MeasureTarget.Maintain.Level(21));
        Assert.Equal(120m, new MeasureTarget(TargetKind.Number, 120).Level(null));
        Assert.Null(MeasureTarget.Maintain.Level(null));
    }

    [Fact]
    public void Describes_itself_in_words()
    {
        Assert.Equal("reduce by 5%", new MeasureTarget(TargetKind.PercentChange, -5).Describe(Polarity.LowerIsBetter, MeasureUnit.Count));
        Assert.Equal("reduce by 2.0 pp", new MeasureTarget(TargetKind.PointsChange, -2).Describe(Polarity.LowerIsBetter, MeasureUnit.Percentage));
        Assert.Equal("increase", new MeasureTarget(TargetKind.Improve, 0).Describe(Polarity.HigherIsBetter, MeasureUnit.Count));
        Assert.Equal("120 or fewer", new MeasureTarget(TargetKind.Number, 120).Describe(Polarity.LowerIsBetter, MeasureUnit.Count));
        Assert.Equal("65.0% or more", new MeasureTarget(TargetKind.Number, 65).Describe(Polarity.HigherIsBetter, MeasureUnit.Percentage));
    }
}
