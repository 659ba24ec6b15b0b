using Csp.Core.Imports;
using Csp.Core.Offences;

namespace Csp.Core.Tests.Offences;

public sealed class OffenceSchemeTests
{
    [Fact]
    public void Total_crime_is_every_type_but_anti_social_behaviour_including_types_added_later()
    {
        var issues = new List<ImportIssue>();
        var groups = OffenceScheme.ParseGroups(CsvRows.Of("Category,Crime type", "Total crime,*", "Total crime,-Anti-social behaviour"), "groups.csv", issues);

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
        OffenceScheme.ParseGroups(CsvRows.Of("Category,Crime type", "Violent crime,Robbery", "no comma here"), "groups.csv", issues);

        var issue = Assert.Single(issues);
        Assert.Equal(3, issue.Line);
    }

    [Fact]
    public void Harm_weights_are_read_and_a_missing_type_weighs_nothing()
    {
        var issues = new List<ImportIssue>();
        var weights = OffenceScheme.ParseHarmWeights(CsvRows.Of("Crime type,Harm weight", "Burglary,126", "Robbery,-1"), "harm.csv", issues);
        var scheme = new OffenceScheme([], weights);

        Assert.Equal(126, scheme.HarmWeight("Burglary"));
        Assert.Equal(0, scheme.HarmWeight("Robbery"));
        Assert.Single(issues);
    }

    [Fact]
    public void Descriptions_give_a_phrase_its_number_and_the_police_activity_mark_and_a_bad_line_is_an_issue()
    {
        var issues = new List<ImportIssue>();
        var descriptions = OffenceScheme.ParseDescriptions(
            CsvRows.Of("Category,In a sentence,Number,Police activity", "Drugs,drug offences,plural,yes", "Burglary,burglary,singular,no", "Robbery,robbery,several,no"), "d.csv", issues);
        var scheme = new OffenceScheme([], new Dictionary<string, double>(), descriptions);

        Assert.Equal(new OffenceDescription("Drugs", "drug offences", true, true), scheme.Describe("Drugs"));
        Assert.False(scheme.Describe("Burglary").ReflectsPoliceActivity);
        // A category the file does not describe is named in lower case, singular, and not marked.
        Assert.Equal(new OffenceDescription("Other theft", "other theft", false, false), scheme.Describe("Other theft"));
        Assert.Equal(new OffenceDescription(OffenceScheme.TotalCrime, "crime", false, false), scheme.Describe(OffenceScheme.TotalCrime));
        var issue = Assert.Single(issues);
        Assert.Equal((4L, "Number"), (issue.Line, issue.Field));
    }
}
