using Csp.Core.Periods;
using Csp.Core.Reports;
using Csp.Core.Strategy;

namespace Csp.Core.Tests.Strategy;

public sealed class StrategyDocumentTests
{
    private static readonly StrategyTheme Theme = new(1, "Tackling ASB", ["Why"], ["A transcribed fact."], [], ["Fewer incidents"], [], [], [])
    {
        Focus = ["Hot spots first"],
        Strands = [new StrategyStrand("Early Identification", ["Days of action"]), new StrategyStrand("Enforcement/Formal Action", ["Use the powers"])],
        LinkedFacts = [new LinkedFact(7, 1, new FactLink("E07000109", "Total crime", FactMeasure.Count, MonthRange.TryParse("2025-01..2025-09", out var p) ? p : default, p.Shift(-12)),
            "Crime in Gravesham: 6,643 crimes recorded in Jan-Sept 25.", 6_643, "6,643")],
    };

    [Fact]
    public void A_priority_prints_its_facts_plain_and_linked_its_focus_and_what_we_will_do_by_strand_in_seed_003s_order()
    {
        var strategy = new CommunitySafetyStrategy("Gravesham Community Safety Strategy", "2024-28", 2024, ["Tackling ASB"], [], [Theme], null);

        var document = StrategyDocument.Build(strategy, [], null, new DateOnly(2026, 1, 15));

        var blocks = document.Sections.Single().Blocks;
        var text = blocks.Select(b => b switch
        {
            SubheadingBlock s => "## " + s.Text,
            ParagraphBlock p => p.Text,
            ListBlock l => string.Join(" | ", l.Items),
            _ => "?",
        }).ToList();
        Assert.Equal(["## Why is this a priority?", "Why", "## The facts", "A transcribed fact. | Crime in Gravesham: 6,643 crimes recorded in Jan-Sept 25.",
            "## What will be our focus?", "Hot spots first", "## What will we do?", "Early Identification", "Days of action", "Enforcement/Formal Action", "Use the powers",
            "## What do we want to achieve?", "Fewer incidents"], text);
    }

    [Fact]
    public void The_summary_gives_the_management_groups_decision_with_its_reasons()
    {
        var strategy = new CommunitySafetyStrategy("Gravesham Community Safety Strategy", "2024-28", 2024, ["Tackling ASB"], [], [Theme], null);
        var decision = new PriorityDecision("E22000352", "Dartford and Gravesham", "2025-01..2025-09", "Jan 25 - Sep 25", "CSP Management Group", new DateOnly(2026, 1, 12),
            PriorityDecision.Decide([], ["Road safety"]), " The consultation put road safety first. ", "t.analyst", DateTimeOffset.UnixEpoch, null);

        var summary = StrategyDocument.Build(strategy, [], decision, new DateOnly(2026, 1, 15)).Summary;

        var at = summary.ToList().FindIndex(b => b is SubheadingBlock { Text: "The Management Group's decision" });
        Assert.True(at >= 0);
        Assert.Equal(decision.Summary(), Assert.IsType<ParagraphBlock>(summary[at + 1]).Text);
        Assert.Equal(["Road safety"], Assert.IsType<ListBlock>(summary[at + 2]).Items);
        Assert.Equal("Reasons: The consultation put road safety first.", Assert.IsType<ParagraphBlock>(summary[at + 3]).Text);
        // No reasons recorded: no empty line.
        Assert.DoesNotContain(StrategyDocument.Build(strategy, [], decision with { Reasons = "" }, new DateOnly(2026, 1, 15)).Summary,
            b => b is ParagraphBlock p && p.Text.StartsWith("Reasons", StringComparison.Ordinal));
    }
}
