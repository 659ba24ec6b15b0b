using Csp.Core.Reports;
using Csp.Core.Strategy;

namespace Csp.Core.Tests.Strategy;

/// <summary>The action plan's quarterly progress report, worked by hand on four actions and their updates.</summary>
public sealed class ActionPlanReportTests
{
    private static readonly CommunitySafetyStrategy Strategy = new("Community Safety Strategy", "2025-28", 2025, ["Anti-social behaviour"], [], [], "seed 004");

    private static ActionPlanItem Item(int theme, int number, ActionStatus status, Rag rag, DateOnly? due) =>
        new(new ActionRef(theme, number), theme == 1 ? "Safer streets" : "Protecting vulnerable people", $"Action {theme}.{number}", ["CSU", "ASB Group"], ["ASB"],
            null, null, null, due, status, rag, null);

    private static ProgressUpdate Update(int year, int q, string note, ActionStatus status, Rag rag) =>
        new(new ReportingQuarter(year, q), note, status, rag, "officer.name", new DateTimeOffset(year, q * 3, 15, 9, 0, 0, TimeSpan.Zero));

    private static IReadOnlyList<(ActionPlanItem, IReadOnlyList<ProgressUpdate>)> Plan() =>
    [
        // 1.1: updated in Q2 (amber) and Q3 (green); its row now says Green.
        (Item(1, 1, ActionStatus.InProgress, Rag.Green, new DateOnly(2026, 3, 31)),
            [Update(2025, 2, "Started patrols", ActionStatus.InProgress, Rag.Amber), Update(2025, 3, "Patrols in three wards", ActionStatus.InProgress, Rag.Green)]),
        // 1.2: due 30 June, last updated in Q2 (red), since completed in Q4.
        (Item(1, 2, ActionStatus.Completed, Rag.Green, new DateOnly(2025, 6, 30)),
            [Update(2025, 2, "Blocked by funding", ActionStatus.InProgress, Rag.Red), Update(2025, 4, "Done", ActionStatus.Completed, Rag.Green)]),
        // 2.1: never updated, as adopted.
        (Item(2, 1, ActionStatus.InProgress, Rag.NotRated, new DateOnly(2025, 9, 30)), []),
        // 2.2: first updated in Q4 only.
        (Item(2, 2, ActionStatus.InProgress, Rag.Amber, null), [Update(2025, 4, "Later", ActionStatus.InProgress, Rag.Amber)]),
    ];

    private static IReadOnlyList<IReadOnlyList<string?>> Rows(ReportDocument document, string id) =>
        document.Tables().Single(t => t.Id == id).Rows.Select(r => (IReadOnlyList<string?>)r.Cells.Select(c => c.Text ?? c.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()).ToList();

    [Fact]
    public void A_past_quarter_is_reported_as_it_stood_then_and_later_updates_do_not_rewrite_it()
    {
        var document = ActionPlanReport.Build(Strategy, Plan(), new ReportingQuarter(2025, 3), new DateOnly(2025, 12, 1));

        // Theme 1 at 30 September: 1.1 green with its Q3 note; 1.2 red from its Q2 update (its Q4 completion is later) and overdue.
        var theme1 = Rows(document, "A1");
        Assert.Equal(["1.1", "Action 1.1", "CSU, ASB Group", "31 Mar 2026", "In progress", "Green", "Patrols in three wards"], theme1[0]);
        Assert.Equal(["1.2", "Action 1.2", "CSU, ASB Group", "30 Jun 2025 (overdue)", "In progress", "Red", "No update this quarter (last: 2025-Q2)"], theme1[1]);
        // Theme 2: 2.1 as adopted (due on the quarter's last day: not yet overdue); 2.2 not yet started then.
        var theme2 = Rows(document, "A2");
        Assert.Equal(["2.1", "Action 2.1", "CSU, ASB Group", "30 Sept 2025", "In progress", "Not rated", "No update yet"], theme2[0]);
        Assert.Equal(["2.2", "Action 2.2", "CSU, ASB Group", "-", "Not started", "Not rated", "No update yet"], theme2[1]);

        // RAG by theme: theme 1 one green, one red; theme 2 two not rated; nothing completed at the end of Q3.
        Assert.Equal([
            ["1. Safer streets", "2", "1", "0", "1", "0", "0"],
            ["2. Protecting vulnerable people", "2", "0", "0", "0", "2", "0"],
            ["All themes", "4", "1", "0", "1", "2", "0"]], Rows(document, "rag-by-theme"));
        Assert.Equal(["1.2"], Rows(document, "overdue").Select(r => r[0]));
        Assert.Equal(["1.2", "2.1", "2.2"], Rows(document, "not-updated").Select(r => r[0]));
        Assert.True(document.Classification.IsPublic);
        // Who wrote an update is not printed.
        Assert.DoesNotContain(document.AllBlocks().OfType<TableBlock>().SelectMany(t => t.Table.Rows).SelectMany(r => r.Cells), c => c.Text?.Contains("officer.name", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_latest_quarter_takes_every_update_and_the_summary_counts_match_the_tables()
    {
        var document = ActionPlanReport.Build(Strategy, Plan(), new ReportingQuarter(2025, 4), new DateOnly(2026, 1, 5));

        Assert.Equal(["1.2", "Action 1.2", "CSU, ASB Group", "30 Jun 2025", "Completed", "Green", "Done"], Rows(document, "A1")[1]);
        Assert.Equal(["All themes", "4", "2", "1", "0", "1", "1"], Rows(document, "rag-by-theme")[^1]);
        // 2.1 was due 30 September and is still open: overdue at 31 December; 1.1 has no Q4 update.
        Assert.Equal(["2.1"], Rows(document, "overdue").Select(r => r[0]));
        Assert.Equal(["1.1", "2.1"], Rows(document, "not-updated").Select(r => r[0]));
        var summary = string.Join(" ", document.Summary.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("2 green, 1 amber, 0 red and 1 not yet rated; 1 completed. 2 actions were updated for this quarter; 2 open actions were not. 1 action is overdue.", summary,
            StringComparison.Ordinal);
        Assert.Equal("2025-Q4 (October to December 2025): the position at 31 December 2025", document.Cover.Single(c => c.Label == "Quarter").Value);
    }

    [Fact]
    public void A_quarter_not_yet_over_is_reported_as_it_stands_on_the_report_date_and_an_action_due_later_in_it_is_not_overdue()
    {
        // 15 November 2025, half way through Q4: 2.1 (due 30 September) is overdue; an action due 30 November is not yet.
        var plan = Plan().Append((Item(2, 3, ActionStatus.InProgress, Rag.NotRated, new DateOnly(2025, 11, 30)), [])).ToList();
        var document = ActionPlanReport.Build(Strategy, plan, new ReportingQuarter(2025, 4), new DateOnly(2025, 11, 15));

        Assert.Equal("2025-Q4 (October to December 2025): the position at 15 November 2025, before the quarter ends on 31 December 2025",
            document.Cover.Single(c => c.Label == "Quarter").Value);
        Assert.Equal(["2.1"], Rows(document, "overdue").Select(r => r[0]));
        Assert.Equal("30 Nov 2025", Rows(document, "A2")[2][3]);
        Assert.Equal("Protecting vulnerable people: the position so far in October to December 2025, at 15 November 2025",
            document.Tables().Single(t => t.Id == "A2").Caption);
    }
}
