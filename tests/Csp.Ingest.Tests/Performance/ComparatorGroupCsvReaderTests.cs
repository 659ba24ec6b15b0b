using System.Text;
using Csp.Ingest.Performance;

namespace Csp.Ingest.Tests.Performance;

public sealed class ComparatorGroupCsvReaderTests
{
    [Fact]
    public void The_configured_example_group_holds_the_twelve_kent_partnerships()
    {
        using var file = File.OpenRead(Path.Combine(RepositoryFiles.Root, "data", "config", "comparator-groups.csv"));

        var (groups, issues) = ComparatorGroupCsvReader.Read(file, "comparator-groups.csv");

        Assert.Empty(issues);
        var group = Assert.Single(groups);
        Assert.Equal(("E22000352", 12), (group.AreaCode, group.MemberCodes.Count));
    }

    [Fact]
    public void The_area_joins_its_own_group_and_a_bad_code_is_reported()
    {
        const string csv = "group,area,member\nMSG,E22000352,E22000137\nMSG,E22000352,Swale\n";

        var (groups, issues) = ComparatorGroupCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "groups.csv");

        Assert.Equal(["E22000352", "E22000137"], groups.Single().MemberCodes);
        Assert.Equal((3L, "member"), (issues.Single().Line, issues.Single().Field!));
    }
}
