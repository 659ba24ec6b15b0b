using System.Globalization;
using Csp.Core.Reports;

namespace Csp.Core.Strategy;

/// <summary>
/// Strategy on a Page: the strategy as a councillor reads it in a minute, on one A4 page: the priorities (the Management
/// Group's decision when one is recorded, else the strategy's), and for each theme why, its key fact from the assessment
/// (<see cref="KeyFact"/>, when one is linked), what we will do, and how we will measure success, with the action plan's RAG position. A renderer-neutral <see cref="ReportDocument"/> that the report
/// renderers print (its own print styles put it in three columns). Lists are cut to what fits, saying how many more the
/// strategy and action plan hold; it holds no personal data and no small numbers, so it is public.
/// </summary>
public static class StrategyOnAPage
{
    public const string Kind = "strategy-on-a-page";

    /// <summary>At most this many items of a theme's list are printed (of a strategy with more than three themes, one fewer: its columns are narrower).</summary>
    public const int ItemsPerList = 3;

    /// <summary>An item longer than this many characters is cut at a word and ends with an ellipsis.</summary>
    public const int ItemLength = 100;

    public static ReportDocument Build(CommunitySafetyStrategy strategy, IReadOnlyList<ActionPlanItem> actions, PriorityDecision? decision, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(actions);
        var en = CultureInfo.GetCultureInfo("en-GB");
        var summary = new List<ReportBlock>();
        if (decision is not null)
        {
            summary.Add(new SubheadingBlock($"Our priorities (decided {decision.MeetingOn.ToString("d MMMM yyyy", en)})"));
            summary.Add(new ListBlock(decision.Chosen));
            summary.Add(new ParagraphBlock(decision.Summary()));
        }
        else
        {
            summary.Add(new SubheadingBlock("Our priorities"));
            summary.Add(new ListBlock(strategy.Priorities));
        }
        if (strategy.CrossCutting.Count > 0) summary.Add(new ParagraphBlock("Across all our work: " + string.Join("; ", strategy.CrossCutting) + "."));

        var sections = new List<ReportSection>();
        var items = strategy.Themes.Count > 3 ? ItemsPerList - 1 : ItemsPerList;
        foreach (var theme in strategy.Themes.OrderBy(t => t.Number))
        {
            var own = actions.Where(a => a.Ref.Theme == theme.Number).OrderBy(a => a.Ref).ToList();
            var blocks = new List<ReportBlock>();
            if (theme.Why.Count > 0)
            {
                blocks.Add(new SubheadingBlock("Why"));
                blocks.Add(new ParagraphBlock(Cut(FirstSentence(theme.Why[0]), ItemLength * 2)));
            }
            // One short paragraph, no heading of its own: the fullest page (every list full) has room for no more. The sentence is
            // cut after its figures' bracket when that fits ("... in Dartford and Gravesham (7,763 in Jan-Sept 22, 6,389 in Jan-Sept 25)").
            if (KeyFact(theme) is { } fact) blocks.Add(new ParagraphBlock(FactLine(fact.Sentence, strategy.Themes.Count > 3 ? ItemLength : ItemLength + ItemLength / 2)));
            var doItems = theme.WhatWeWillDo.Count > 0 ? theme.WhatWeWillDo : own.Select(a => $"{a.Ref} {a.Action}").ToList();
            if (doItems.Count > 0)
            {
                blocks.Add(new SubheadingBlock("What we will do"));
                blocks.Add(new ListBlock(Some(doItems, items, theme.WhatWeWillDo.Count > 0 ? "in the strategy" : "in the action plan")));
            }
            if (theme.Outcomes.Count > 0)
            {
                blocks.Add(new SubheadingBlock("What we want to achieve"));
                blocks.Add(new ListBlock(Some(theme.Outcomes, items, "in the strategy")));
            }
            if (theme.Measures.Count > 0)
            {
                blocks.Add(new SubheadingBlock("How we measure success"));
                blocks.Add(new ListBlock(Some(theme.Measures, items, "in the strategy")));
            }
            if (own.Count > 0)
            {
                var rag = $"{own.Count} actions: {own.Count(a => a.Rag == Rag.Green)} green, {own.Count(a => a.Rag == Rag.Amber)} amber, {own.Count(a => a.Rag == Rag.Red)} red, " +
                          $"{own.Count(a => a.Rag == Rag.NotRated)} not yet rated; {own.Count(a => a.Status == ActionStatus.Completed)} completed.";
                blocks.Add(new ParagraphBlock(rag));
            }
            if (theme.DeliveryGroups.Count > 0) blocks.Add(new ParagraphBlock(Cut("Delivered by: " + string.Join(", ", theme.DeliveryGroups.Select(g => g.TrimEnd(';', '.'))) + ".", ItemLength + ItemLength / 2)));
            sections.Add(new ReportSection(theme.Number.ToString(CultureInfo.InvariantCulture), theme.Title, blocks));
        }
        var title = $"{strategy.Title}: Strategy on a Page";
        var subtitle = $"{strategy.Period}, {strategy.Refresh.ToString(CultureInfo.InvariantCulture)} refresh. As at {date.ToString("d MMMM yyyy", en)}.";
        DataSource[] sources =
        [
            new($"{strategy.Title} {strategy.Period} and its action plan", $"{strategy.Refresh.ToString(CultureInfo.InvariantCulture)} refresh; {actions.Count} actions",
                "Published by the partnership", strategy.Source is null ? [] : [strategy.Source]),
        ];
        return new ReportDocument(Kind, title, subtitle, Classification.Public(), [], summary, sections, sources);
    }

    /// <summary>
    /// The one fact linked to the assessment that the page prints for a theme: the first the analyst linked that the data
    /// states now (they link the most telling first; a fact the data cannot state is left to the strategy document); null
    /// when none. The plain-text facts stay in the document: the page has room for one line of figures per priority.
    /// </summary>
    public static LinkedFact? KeyFact(StrategyTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return theme.LinkedFacts.FirstOrDefault(f => f.Figure is not null);
    }

    private static string FactLine(string sentence, int length)
    {
        var line = "Key fact: " + sentence;
        var bracket = line.IndexOf(')', StringComparison.Ordinal);
        if (line.Length > length && bracket > 0 && bracket < length) return line[..(bracket + 1)] + ".";
        return Cut(line, length);
    }

    private static List<string> Some(IReadOnlyList<string> items, int count, string where)
    {
        var shown = items.Take(count).Select(i => Cut(i.TrimEnd(';'), ItemLength)).ToList();
        if (items.Count > count) shown.Add($"and {items.Count - count} more {where}.");
        return shown;
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    /// <summary>The text, or its words up to <paramref name="length"/> characters followed by an ellipsis.</summary>
    public static string Cut(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > length / 2 ? cut : length - 1)].TrimEnd(',', ';', ' ') + "…";
    }
}
