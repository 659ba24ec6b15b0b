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
}
