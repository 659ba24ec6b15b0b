using Csp.Core.Reports;

namespace Csp.Core.Tests.Reports;

public sealed class PublicOutputTests
{
    [Theory]
    [InlineData("Reported by a resident of DA11 0DQ.")]
    [InlineData("near da110dq")]
    [InlineData("Flat 2, ME14 1XX")]
    [InlineData("W1A 1AA")]
    public void A_postcode_in_the_text_of_a_public_report_is_a_problem(string text)
    {
        var report = CommitteeReport.Build(Shire.Inputs(template: $"## Commentary\n{text}\n"));
        var problem = Assert.Single(PublicOutput.Problems(report));
        Assert.Contains("section 'Commentary'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_restricted_report_may_hold_a_postcode()
    {
        var report = CommitteeReport.Build(Shire.Inputs(classification: Classification.Restricted(), template: "## Commentary\nDA11 0DQ\n"));
        Assert.Empty(PublicOutput.Problems(report));
    }

    [Theory]
    [InlineData("Crime fell by 20.9% in 2025.")]
    [InlineData("Ward E05015600 and LSOA E01024301.")]
    [InlineData("The A2 and M25 junction.")]
    public void Figures_codes_and_road_names_are_not_postcodes(string text)
    {
        Assert.Empty(PublicOutput.Problems(CommitteeReport.Build(Shire.Inputs(template: $"## Commentary\n{text}\n"))));
    }
}
