using System.Text;
using Csp.Core.Strategy;
using Csp.Ingest.Strategy;

namespace Csp.Ingest.Tests.Strategy;

public sealed class StrategyCsvReaderTests
{
    [Fact]
    public void Seed_003s_priority_reads_with_its_focus_and_the_four_strands_of_what_we_will_do()
    {
        using var stream = File.OpenRead(RepositoryFiles.Sample("strategy", "seed-003-strategy.csv"));
        var (strategy, issues) = StrategyCsvReader.Read(stream, "seed-003-strategy.csv");

        Assert.Empty(issues);
        var theme = Assert.Single(strategy!.Themes);
        Assert.Equal(("Tackling Anti-Social Behaviour (ASB)", 3, 6, 6, 4), (theme.Title, theme.Why.Count, theme.Facts.Count, theme.Focus.Count, theme.Outcomes.Count));
        // Seed 003 lines 171-195: seven, two, three and two items.
        Assert.Equal(["Prevention and Community Involvement", "Early Identification", "Supportive Intervention", "Enforcement/Formal Action"], theme.Strands.Select(s => s.Name));
        Assert.Equal([7, 2, 3, 2], theme.Strands.Select(s => s.Items.Count));
        Assert.StartsWith("Make full use of enforcement powers", theme.Strands[3].Items[0], StringComparison.Ordinal);
        Assert.Empty(theme.WhatWeWillDo);
    }

    [Fact]
    public void A_strategy_without_focus_or_strands_reads_as_before_and_an_unknown_strand_is_named_by_line()
    {
        var csv = "theme,section,text\n0,title,T\n0,period,2016-19\n0,refresh,2017\n1,title,One\n1,fact,A plain fact\n1,do-diversion,Something\n";
        var (strategy, issues) = StrategyCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "strategy.csv");

        var theme = Assert.Single(strategy!.Themes);
        Assert.Equal(["A plain fact"], theme.Facts);
        Assert.Empty(theme.Focus);
        Assert.Empty(theme.Strands);
        var issue = Assert.Single(issues);
        Assert.Equal((7L, "section"), (issue.Line, issue.Field!));
        Assert.Contains("'do-diversion' is not a section of a theme", issue.Message, StringComparison.Ordinal);
    }
}
