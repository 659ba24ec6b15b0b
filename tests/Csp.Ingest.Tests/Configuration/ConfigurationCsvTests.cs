using Csp.Core.Imports;
using Csp.Core.Offences;
using Csp.Core.Partnerships;
using Csp.Core.PoliceUk;
using Csp.Core.Priorities;
using Csp.Ingest.Configuration;

namespace Csp.Ingest.Tests.Configuration;

public sealed class ConfigurationCsvTests
{
    [Fact]
    public void A_quoted_cell_keeps_its_comma_and_quotes_and_each_row_its_physical_line()
    {
        var issues = new List<ImportIssue>();
        var rows = ConfigurationCsv.Parse("\uFEFFSetting,Value\r\n\r\n\"Council for Gravesham\",\"Gravesham Borough Council, Civic Centre\"\n" +
                                          "Current priority,\"Violence and sexual offences\"\n", "partnership.csv", issues);

        Assert.Empty(issues);
        Assert.Equal(["Setting", "Value"], rows[0].Cells);   // the BOM is not part of the first name
        var council = rows.Single(r => r.Cell(0) == "Council for Gravesham");
        Assert.Equal((3L, "Gravesham Borough Council, Civic Centre"), (council.Line, council.Cell(1)));
        var settings = PartnershipSettings.Parse(rows, "partnership.csv", issues);
        Assert.Empty(issues);
        Assert.Equal("Gravesham Borough Council, Civic Centre", settings.CouncilFor("E07000109", "Gravesham"));
        Assert.Equal(["Violence and sexual offences"], settings.CurrentPriorities);
    }

    [Fact]
    public void A_file_that_ends_inside_quotes_loses_only_its_last_record_and_says_so()
    {
        var issues = new List<ImportIssue>();
        var rows = ConfigurationCsv.Parse("Crime type,Harm weight\nBurglary,126\n\"Robbery,365\n", "harm.csv", issues);

        var issue = Assert.Single(issues);
        Assert.Equal(("harm.csv", 3L), (issue.File, issue.Line));
        Assert.Contains("quoted", issue.Message, StringComparison.Ordinal);
        var weights = OffenceScheme.ParseHarmWeights(rows, "harm.csv", issues);
        Assert.Equal(126, weights["Burglary"]);
        Assert.False(weights.ContainsKey("Robbery"));
    }

    [Fact]
    public void A_bad_score_is_named_by_its_file_line_and_column()
    {
        var issues = new List<ImportIssue>();
        var rows = ConfigurationCsv.Parse("Category,CommunityConcern,Harm\n\"Burglary\",4,1\n\n\"Drugs\",9,1\n", "judgements.csv", issues);
        var judgements = PriorityJudgements.Parse(rows, "judgements.csv", issues);

        Assert.Equal(4, judgements.Entered("Burglary", PriorityCriterion.CommunityConcern));
        var issue = Assert.Single(issues);
        Assert.Equal(("judgements.csv", 4L, "CommunityConcern"), (issue.File, issue.Line, issue.Field));
    }

    [Fact]
    public void The_shipped_descriptions_mark_drugs_and_possession_of_weapons_as_found_by_police_activity()
    {
        var issues = new List<ImportIssue>();
        var file = Path.Combine(RepositoryFiles.Root, "data", "config", "offence-descriptions.csv");
        var descriptions = OffenceScheme.ParseDescriptions(ConfigurationCsv.Read(file, issues), "offence-descriptions.csv", issues);

        Assert.Empty(issues);
        Assert.Equal(["Drugs", "Possession of weapons"], descriptions.Values.Where(d => d.ReflectsPoliceActivity).Select(d => d.Category).Order(StringComparer.Ordinal));
        Assert.All(PoliceUkCrimeTypes.All, t => Assert.True(descriptions.ContainsKey(t), t));
    }
}
