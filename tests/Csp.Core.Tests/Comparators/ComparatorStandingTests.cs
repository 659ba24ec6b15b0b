using Csp.Core.Comparators;

namespace Csp.Core.Tests.Comparators;

public sealed class ComparatorStandingTests
{
    [Fact]
    public void Each_category_is_ranked_from_the_lowest_rate_and_a_member_with_no_data_is_listed_not_ranked()
    {
        var group = new MostSimilarGroup("MSG", "E22000352", ["E22000352", "E22000137", "E22000138", "E22000999"]);
        var names = new Dictionary<string, string> { ["E22000352"] = "Dartford and Gravesham", ["E22000137"] = "Ashford", ["E22000138"] = "Canterbury" };
        // E22000999 has no rate in either period (no police.uk data held for it).
        var total = (Current: new Dictionary<string, double> { ["E22000352"] = 60.5, ["E22000137"] = 55.0, ["E22000138"] = 70.1 },
            Previous: new Dictionary<string, double> { ["E22000352"] = 72.0, ["E22000137"] = 58.0, ["E22000138"] = 64.0 });
        var asb = (Current: new Dictionary<string, double> { ["E22000137"] = 20.0, ["E22000138"] = 18.0 }, Previous: new Dictionary<string, double>());

        var standing = ComparatorStanding.Rank(group, names, [("Total crime", total.Current, total.Previous), ("Anti-social behaviour", asb.Current, asb.Previous)]);

        // Total crime: 55.0 < 60.5 < 70.1: 2nd of 3; last period 58.0 < 64.0 < 72.0: 3rd of 3.
        var t = standing.Categories[0];
        Assert.Equal((2, 3, 60.5, 3, 3), (t.Rank!.Value, t.GroupSize, t.Rate!.Value, t.PreviousRank!.Value, t.PreviousGroupSize!.Value));
        Assert.Equal("improved from 3rd to 2nd of 3 (1 = lowest rate)", t.Movement);
        // No ASB rate for the area itself: not ranked, said so.
        Assert.Null(standing.Categories[1].Rank);
        Assert.Equal(["E22000999"], standing.NoData);
        Assert.Equal("1 = lowest rate", standing.Direction);
        Assert.Equal(["Dartford and Gravesham", "Ashford", "Canterbury", "E22000999"], standing.Members);
    }
}
