using Csp.Core.Comparators;

namespace Csp.Core.Tests.Comparators;

public sealed class GroupRankingTests
{
    private static readonly MostSimilarGroup Group = new("MSG", "A00", Enumerable.Range(0, 15).Select(i => $"A{i:D2}").ToList());

    [Fact]
    public void The_position_counts_from_the_lowest_rate_and_says_how_it_moved()
    {
        // Seed 004: the highest rate of burglary other than dwelling in the group in 2015 (15th), 10th in 2016.
        var previous = Group.MemberCodes.ToDictionary(m => m, m => m == "A00" ? 99.0 : int.Parse(m[1..]));
        var current = Group.MemberCodes.ToDictionary(m => m, m => m == "A00" ? 9.5 : int.Parse(m[1..]));

        var position = GroupRanking.Position(Group, "Burglary other than dwelling", current, previous)!;

        // Lower this year: 1..9 (nine members); A00 = 9.5 is 10th.
        Assert.Equal((10, 15, 15, PositionMovement.Improved), (position.Position, position.GroupSize, position.PreviousPosition, position.Movement));
        Assert.Equal("improved from 15th to 10th of 15 (1 = lowest rate)", position.Describe());
    }

    [Fact]
    public void Equal_rates_share_the_better_position_and_missing_members_are_named()
    {
        var rates = new Dictionary<string, double> { ["A00"] = 5, ["A01"] = 3, ["A02"] = 5, ["A03"] = 5, ["A04"] = 1 };

        var position = GroupRanking.Position(Group, "Violence", rates, new Dictionary<string, double>())!;

        Assert.Equal((3, 5, PositionMovement.NoPrevious), (position.Position, position.GroupSize, position.Movement));
        Assert.Equal(10, position.MissingMembers.Count);
        Assert.Equal("3rd of 5 (1 = lowest rate), no position last period", position.Describe());
    }

    [Fact]
    public void No_rate_for_the_area_gives_no_position()
    {
        Assert.Null(GroupRanking.Position(Group, "Violence", new Dictionary<string, double> { ["A01"] = 3 }, new Dictionary<string, double>()));
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(22, "22nd")]
    public void Ordinals_read_as_english(int n, string text) => Assert.Equal(text, GroupPosition.Ordinal(n));
}
