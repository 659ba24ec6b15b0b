namespace Csp.Core.Strategy;

/// <summary>
/// The action plan's progress for a quarter, as the quarterly report to the partnership gives it: RAG counts by theme,
/// the overdue actions, and the open actions not updated in the quarter (the reminder list).
/// </summary>
public sealed record ActionPlanProgress(ReportingQuarter Quarter, IReadOnlyList<ThemeProgress> Themes, IReadOnlyList<ActionPlanItem> Overdue,
    IReadOnlyList<ActionPlanItem> NotUpdated)
{
    /// <param name="today">The day the figures are as at (overdue means due before it).</param>
    /// <param name="lastUpdate">Each ref's latest update's quarter; a ref absent has never been updated.</param>
    public static ActionPlanProgress Of(IReadOnlyList<ActionPlanItem> items, IReadOnlyDictionary<ActionRef, ReportingQuarter> lastUpdate, ReportingQuarter quarter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(lastUpdate);
        var themes = items.GroupBy(i => i.Ref.Theme).OrderBy(g => g.Key).Select(g => new ThemeProgress(g.Key, g.First().Theme, g.Count(),
            g.Count(i => i.Rag == Rag.Green), g.Count(i => i.Rag == Rag.Amber), g.Count(i => i.Rag == Rag.Red), g.Count(i => i.Rag == Rag.NotRated),
            g.Count(i => i.Status == ActionStatus.Completed))).ToList();
        var overdue = items.Where(i => i.IsOverdue(today)).OrderBy(i => i.Ref).ToList();
        var notUpdated = items.Where(i => i.IsOpen && (!lastUpdate.TryGetValue(i.Ref, out var q) || q < quarter)).OrderBy(i => i.Ref).ToList();
        return new ActionPlanProgress(quarter, themes, overdue, notUpdated);
    }
}

/// <summary>A theme's actions by RAG rating, and how many are completed.</summary>
public sealed record ThemeProgress(int Number, string Theme, int Actions, int Green, int Amber, int Red, int NotRated, int Completed);
