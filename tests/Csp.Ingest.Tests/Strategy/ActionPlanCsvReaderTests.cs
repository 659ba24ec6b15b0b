using System.Text;
using Csp.Core.Strategy;
using Csp.Ingest.Strategy;

namespace Csp.Ingest.Tests.Strategy;

public sealed class ActionPlanCsvReaderTests
{
    /// <summary>Seed 004's action plan as printed (lines 347-391): 17 refs under theme 1, 10 under theme 2, 10 under theme 3, counted by hand.</summary>
    private static readonly string[] Seed004Refs =
    [
        "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17",
        "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10",
        "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10",
    ];

    private static PartnershipStructure SampleStructure()
    {
        using var stream = File.OpenRead(RepositoryFiles.Sample("strategy", "structure.csv"));
        var (structure, issues) = StructureCsvReader.Read(stream, "structure.csv");
        Assert.Empty(issues);
        return structure;
    }

    private static (IReadOnlyList<ActionPlanItem> Items, IReadOnlyList<Core.Imports.ImportIssue> Issues) Read(string csv, PartnershipStructure structure) =>
        ActionPlanCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "plan.csv", structure);

    [Fact]
    public void The_sample_action_plan_keeps_every_ref_of_seed_004_in_order_under_its_theme()
    {
        using var stream = File.OpenRead(RepositoryFiles.Sample("strategy", "action-plan.csv"));
        var (items, issues) = ActionPlanCsvReader.Read(stream, "action-plan.csv", SampleStructure());

        Assert.Empty(issues);
        Assert.Equal(Seed004Refs, items.Select(i => i.Ref.ToString()));
        Assert.Equal(["Protecting Vulnerable People from Harm", "Disrupting and Preventing Organised Acquisitive Crime", "Protecting and Strengthening Communities"],
            items.Select(i => i.Theme).Distinct());
        Assert.All(items, i => Assert.StartsWith("seed 004 line ", i.Source));
    }

    [Fact]
    public void A_row_naming_several_groups_or_priorities_is_split_as_the_seed_means_it()
    {
        using var stream = File.OpenRead(RepositoryFiles.Sample("strategy", "action-plan.csv"));
        var items = ActionPlanCsvReader.Read(stream, "action-plan.csv", SampleStructure()).Items.ToDictionary(i => i.Ref.ToString());

        // "DA Forum, IOM, Reducing Re-offending Group"
        Assert.Equal(["North Kent Domestic Abuse Forum", "Integrated Offender Management Group", "Reducing Re-offending Group"], items["1.9"].Groups);
        // "DAAG and MEAM group": two groups joined by "and" (while "Drug and Alcohol Action Group" is one name)
        Assert.Equal(["Drug and Alcohol Action Group", "MEAM Group"], items["1.15"].Groups);
        // "Community Cohesion Group (GBC); KCC Prevent Delivery Board"
        Assert.Equal(["Community Cohesion Group (Gravesham)", "Kent and Medway Prevent Delivery Board"], items["3.1"].Groups);
        // "CSUs; ASB Groups"
        Assert.Equal(["Community Safety Units", "Local ASB Groups"], items["3.4"].Groups);
        // "Domestic abuse, violent crime": capitalised
        Assert.Equal(["Domestic abuse", "Violent crime"], items["1.1"].Priorities);
        // "ASB/substance misuse"
        Assert.Equal(["ASB", "Substance misuse"], items["3.7"].Priorities);
        Assert.Equal(["Substance misuse", "Violent crime"], items["1.14"].Priorities);
    }

    [Fact]
    public void Bad_rows_are_named_by_line_and_field_and_the_good_rows_still_come_back()
    {
        var csv = "Theme,Ref,Action Plan,Coordinating Delivery Group,Strategic Assessment priority,Due,RAG\n" +
                  "One,1.1,Do a thing,DA Forum,ASB,2026-03-31,G\n" +
                  "One,1.x,Bad ref,DA Forum,ASB,,\n" +
                  "One,1.1,Same ref again,DA Forum,ASB,,\n" +
                  "One,1.2,Unknown group,The Moon Group,ASB,,\n" +
                  "One,1.3,Bad date,DA Forum,ASB,31/02/2026,\n" +
                  "One,1.4,Bad RAG,DA Forum,ASB,,Purple\n" +
                  "Two,1.5,Wrong theme,DA Forum,ASB,,\n" +
                  "One,1.6,No priority,DA Forum,,,\n" +
                  "One,1.10,Tenth,CSUs,Road safety,,amber\n";

        var (items, issues) = Read(csv, SampleStructure());

        Assert.Equal(["1.1", "1.10"], items.Select(i => i.Ref.ToString()));
        Assert.Equal(new DateOnly(2026, 3, 31), items[0].DueOn);
        Assert.Equal(Rag.Green, items[0].Rag);
        Assert.Equal(Rag.Amber, items[1].Rag);
        Assert.Equal([(3L, "Ref"), (4L, "Ref"), (5L, "Coordinating Delivery Group"), (6L, "Due"), (7L, "RAG"), (8L, "Theme"), (9L, "Strategic Assessment priority")],
            issues.Select(i => (i.Line, i.Field!)));
        Assert.Contains("'The Moon Group' is no group", issues[2].Message, StringComparison.Ordinal);
        Assert.All(issues, i => Assert.Equal("plan.csv", i.File));
    }

    [Fact]
    public void A_file_without_the_seeds_columns_is_refused_whole()
    {
        var (items, issues) = Read("Ref,Action\n1.1,x\n", SampleStructure());

        Assert.Empty(items);
        var issue = Assert.Single(issues);
        Assert.Equal(1, issue.Line);
    }
}
