using Csp.Core.Strategy;

namespace Csp.Core.Tests.Strategy;

public sealed class ActionPlanProgressTests
{
    private static ActionPlanItem Item(int theme, int number, Rag rag, ActionStatus status, DateOnly? due = null) =>
        new(new ActionRef(theme, number), $"Theme {theme}", "act", ["G"], ["ASB"], null, null, null, due, status, rag, null);

    [Fact]
    public void Counts_by_theme_overdue_and_not_updated_this_quarter_are_as_worked_by_hand()
    {
        var items = new[]
        {
            Item(1, 1, Rag.Green, ActionStatus.InProgress, new DateOnly(2025, 6, 30)),
            Item(1, 2, Rag.Red, ActionStatus.InProgress, new DateOnly(2025, 9, 30)),
            Item(1, 3, Rag.Green, ActionStatus.Completed, new DateOnly(2025, 1, 31)),
            Item(2, 1, Rag.NotRated, ActionStatus.NotStarted),
        };
        var q3 = new ReportingQuarter(2025, 3);
        var updated = new Dictionary<ActionRef, ReportingQuarter> { [new(1, 1)] = q3, [new(1, 2)] = new(2025, 2) };

        var progress = ActionPlanProgress.Of(items, updated, q3, new DateOnly(2025, 9, 30));

        Assert.Equal([new ThemeProgress(1, "Theme 1", 3, 2, 0, 1, 0, 1), new ThemeProgress(2, "Theme 2", 1, 0, 0, 0, 1, 0)], progress.Themes);
        // 1.1 is due 30 June and open; 1.2 is due today (the due day is included); 1.3 is completed.
        Assert.Equal(["1.1"], progress.Overdue.Select(i => i.Ref.ToString()));
        // 1.2 was last updated in Q2, 2.1 never; 1.3 is completed and needs none.
        Assert.Equal(["1.2", "2.1"], progress.NotUpdated.Select(i => i.Ref.ToString()));
    }

    [Fact]
    public void A_quarter_is_three_calendar_months()
    {
        Assert.True(ReportingQuarter.TryParse("2025-Q4", out var q));
        Assert.Equal(new DateOnly(2025, 10, 1), q.FirstDay);
        Assert.Equal(new DateOnly(2025, 12, 31), q.LastDay);
        Assert.Equal(q, ReportingQuarter.Of(new DateOnly(2025, 11, 5)));
        Assert.False(ReportingQuarter.TryParse("2025-Q5", out _));
    }
}
