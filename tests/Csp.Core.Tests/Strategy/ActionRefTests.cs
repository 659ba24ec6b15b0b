using Csp.Core.Strategy;

namespace Csp.Core.Tests.Strategy;

public sealed class ActionRefTests
{
    [Theory]
    [InlineData("1.1", 1, 1)]
    [InlineData(" 2.10 ", 2, 10)]
    public void A_ref_is_the_themes_number_and_the_actions(string text, int theme, int number)
    {
        Assert.True(ActionRef.TryParse(text, out var r));
        Assert.Equal(new ActionRef(theme, number), r);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData("a.1")]
    [InlineData("1.1.1")]
    [InlineData("0.1")]
    [InlineData("-1.2")]
    public void Anything_else_is_not_a_ref(string text) => Assert.False(ActionRef.TryParse(text, out _));

    [Fact]
    public void Refs_sort_by_number_not_as_text()
    {
        var sorted = new[] { "1.10", "2.1", "1.9", "1.2" }.Select(t => { ActionRef.TryParse(t, out var r); return r; }).Order().Select(r => r.ToString());
        Assert.Equal(["1.2", "1.9", "1.10", "2.1"], sorted);
    }
}
