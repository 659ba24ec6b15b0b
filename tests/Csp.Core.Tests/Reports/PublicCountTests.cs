using Csp.Core.Reports;

namespace Csp.Core.Tests.Reports;

public sealed class PublicCountTests
{
    [Theory]
    [InlineData(0, false, "0")]
    [InlineData(1, true, "*")]
    [InlineData(4, true, "*")]
    [InlineData(5, false, "5")]
    [InlineData(1234, false, "1,234")]
    public void Counts_from_one_to_four_are_withheld_below_five(long count, bool withheld, string text)
    {
        var shown = PublicCount.Of(count, 5);

        Assert.Equal(withheld, shown.Withheld);
        Assert.Equal(text, shown.Text);
        Assert.Equal(withheld ? null : count, shown.Value);
    }

    [Fact]
    public void A_threshold_of_zero_or_one_withholds_nothing()
    {
        Assert.False(PublicCount.Of(1, 0).Withheld);
        Assert.False(PublicCount.Of(1, 1).Withheld);
    }

    [Fact]
    public void One_withheld_part_of_a_shown_total_takes_the_smallest_other_non_zero_part_with_it()
    {
        // 2 + 0 + 9 + 7 = 18: the 2 is withheld; 18 - 9 - 7 - 0 would give it away, so the 7 goes too, not the 0.
        var parts = PublicCount.Parts([2, 0, 9, 7], 18, 5);

        Assert.Equal([true, false, false, true], parts.Select(p => p.Withheld));
    }

    [Fact]
    public void Two_withheld_parts_protect_each_other_and_a_withheld_total_protects_its_part()
    {
        Assert.Equal([true, true, false], PublicCount.Parts([2, 3, 9], 14, 5).Select(p => p.Withheld));
        Assert.Equal([true, false], PublicCount.Parts([3, 0], 3, 5).Select(p => p.Withheld));
    }
}
