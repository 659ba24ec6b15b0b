using Csp.Core.Imports;
using Csp.Core.Partnerships;

namespace Csp.Core.Tests.Partnerships;

public sealed class PartnershipSettingsTests
{
    [Fact]
    public void The_councils_and_the_current_priorities_are_read_and_an_unknown_setting_is_an_issue()
    {
        var issues = new List<ImportIssue>();
        var settings = PartnershipSettings.Parse(
        CsvRows.Of(
            "Setting,Value",
            "Council for Gravesham,Gravesham Borough Council",
            "Council for E07000107,Dartford Borough Council",
            "Current priority,Anti-social behaviour",
            "Current priority,Violence and sexual offences",
            "Colour,blue"), "partnership.csv", issues);

        Assert.Equal("Gravesham Borough Council", settings.CouncilFor("E07000109", "gravesham"));
        Assert.Equal("Dartford Borough Council", settings.CouncilFor("E07000107", "Dartford"));
        Assert.Null(settings.CouncilFor("E07000105", "Ashford"));
        Assert.Equal(["Anti-social behaviour", "Violence and sexual offences"], settings.CurrentPriorities);
        var issue = Assert.Single(issues);
        Assert.Equal((6L, "Setting"), (issue.Line, issue.Field));
    }
}
