using Csp.Core.Imports;
using Csp.Core.Offences;

namespace Csp.Core.Tests.Offences;

public sealed class OffenceSchemeTests
{
    [Fact]
    public void Total_crime_is_every_type_but_anti_social_behaviour_including_types_added_later()
    {
        var issues = new List<ImportIssue>();
        var groups = OffenceScheme.ParseGroups(["Category,Crime type", "Total crime,*", "Total crime,-Anti-social behaviour"], "groups.csv", issues);

        var members = groups.Single().Members([.. PoliceUkCrimeTypes.All, "A type police.uk adds"]);

        Assert.Empty(issues);
        Assert.Equal(14, members.Count);
        Assert.DoesNotContain(PoliceUkCrimeTypes.AntiSocialBehaviour, members);
        Assert.Contains("A type police.uk adds", members);
    }

    [Fact]
    public void A_bad_line_is_an_issue_with_its_line_number()
    {
        var issues = new List<ImportIssue>();
        OffenceScheme.ParseGroups(["Category,Crime type", "Violent crime,Robbery", "no comma here"], "groups.csv", issues);

        var issue = Assert.Single(issues);
        Assert.Equal(3, issue.Line);
    }

    [Fact]
    public void Harm_weights_are_read_and_a_missing_type_weighs_nothing()
    {
        var issues = new List<ImportIssue>();
        var weights = OffenceScheme.ParseHarmWeights(["Crime type,Harm weight", "Burglary,126", "Robbery,-1"], "harm.csv", issues);
        var scheme = new OffenceScheme([], weights);

        Assert.Equal(126, scheme.HarmWeight("Burglary"));
        Assert.Equal(0, scheme.HarmWeight("Robbery"));
        Assert.Single(issues);
    }
}
