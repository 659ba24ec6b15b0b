using Csp.Core.Performance;

namespace Csp.Core.Tests.Performance;

public sealed class BreakdownTests
{
    [Theory]
    [InlineData("sex=Female;age=10-17", "age=10-17;sex=Female")]
    [InlineData(" Sex = Female , AGE=10-17 ", "age=10-17;sex=Female")]
    [InlineData("behaviour=Vandalism, graffiti or damage", "behaviour=Vandalism, graffiti or damage")]
    [InlineData("tier=2", "tier=2")]
    [InlineData("", "")]
    public void Is_made_canonical(string text, string canonical)
    {
        Assert.True(Breakdown.TryNormalise(text, out var result, out _));
        Assert.Equal(canonical, result);
    }

    [Theory]
    [InlineData("female", "'female' is not key=value (e.g. sex=Female;age=10-17).")]
    [InlineData("sex=Female;sex=Male", "'sex' is given twice.")]
    [InlineData("sex=", "'sex=' is not key=value (e.g. sex=Female;age=10-17).")]
    public void A_malformed_breakdown_says_why(string text, string problem)
    {
        Assert.False(Breakdown.TryNormalise(text, out _, out var why));
        Assert.Equal(problem, why);
    }

    [Fact]
    public void All_and_Total_are_the_headline()
    {
        Assert.True(Breakdown.IsHeadline(""));
        Assert.True(Breakdown.IsHeadline("sex=All"));
        Assert.True(Breakdown.IsHeadline("age=Total;sex=All"));
        Assert.False(Breakdown.IsHeadline("age=10-17;sex=All"));
        Assert.Equal("age=10-17;sex=Male", Breakdown.With("age=10-17;sex=Female", "sex", "Male"));
        Assert.Equal(("Female", "age=10-17"), (Breakdown.Get("age=10-17;sex=Female", "sex"), Breakdown.Without("age=10-17;sex=Female", "sex")));
    }
}
