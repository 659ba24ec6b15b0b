using System.Text;
using Csp.Core.Strategy;
using Csp.Ingest.Strategy;

namespace Csp.Ingest.Tests.Strategy;

public sealed class StructureCsvReaderTests
{
    private static (PartnershipStructure Structure, IReadOnlyList<Core.Imports.ImportIssue> Issues) Read(string csv) =>
        StructureCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "structure.csv");

    [Fact]
    public void The_sample_structure_has_the_seeds_groups_reporting_to_the_partnership()
    {
        using var stream = File.OpenRead(RepositoryFiles.Sample("strategy", "structure.csv"));
        var (structure, issues) = StructureCsvReader.Read(stream, "structure.csv");

        Assert.Empty(issues);
        Assert.Equal(GroupKind.ManagementGroup, structure.Find("Management Group")!.Kind);
        Assert.Equal("Dartford and Gravesham Community Safety Partnership", structure.Find("CSP Management Group")!.Parent);
        Assert.Equal("CSP Support Group", structure.Find("DAAG")!.Parent);
        Assert.Equal(7, structure.Find("CSP")!.Agencies.Count);
    }

    [Fact]
    public void Unknown_kinds_repeated_names_missing_parents_and_cycles_are_named_by_line()
    {
        var (structure, issues) = Read("group,kind,parent,aliases\n" +
                                        "Main,main group,,CSP\n" +
                                        "Odd,committee of sorts,,\n" +
                                        "Again,forum,,csp\n" +
                                        "Orphan,forum,Nobody,\n" +
                                        "A,forum,B,\n" +
                                        "B,forum,A,\n" +
                                        "Fine,sub-group,CSP,\n");

        Assert.Equal(["Main", "Fine"], structure.Groups.Select(g => g.Name));
        Assert.Equal("Main", structure.Find("fine")!.Parent);
        Assert.Equal([(3L, "kind"), (4L, "aliases"), (5L, "parent"), (6L, "parent"), (7L, "parent")], issues.Select(i => (i.Line, i.Field!)));
    }
}
