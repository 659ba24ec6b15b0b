using System.Globalization;
using Csp.Core.Reports;

namespace Csp.Core.Strategy;

/// <summary>
/// The Community Safety Strategy as a document, in the seeds' shape: the priorities (and the Management Group's decision
/// on them), the principles across all the work, then each priority with the sections the seeds give it, in their order
/// (seed 003: "Why is this a priority?", "The facts", "What will be our focus?", "What will we do?" by strand, "What do we want to
/// achieve?"; seed 001 and 004 add "How will we measure success?" and the co-ordinating groups), and the action plan by
/// theme in seed 004's columns (Ref, action, co-ordinating delivery group(s), Strategic Assessment priority(ies)). Only
/// what the strategy holds is printed: a section the strategy leaves empty is left out, never filled with words of ours.
/// </summary>
public static class StrategyDocument
{
    public const string Kind = "strategy";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static ReportDocument Build(CommunitySafetyStrategy strategy, IReadOnlyList<ActionPlanItem> actions, PriorityDecision? decision, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(actions);
        var refresh = strategy.Refresh.ToString(CultureInfo.InvariantCulture);
        List<CoverField> cover = [new("Period", strategy.Period), new("Version", $"{refresh} refresh"), new("As at", date.ToString("d MMMM yyyy", EnGb))];

        var summary = new List<ReportBlock>();
        if (strategy.Priorities.Count > 0)
        {
            summary.Add(new SubheadingBlock("The Strategic Assessment priorities"));
            summary.Add(new ListBlock(strategy.Priorities));
        }
        if (decision is not null)
        {
            summary.Add(new SubheadingBlock("The Management Group's decision"));
            summary.Add(new ParagraphBlock(decision.Summary()));
            summary.Add(new ListBlock(decision.Chosen));
            if (!string.IsNullOrWhiteSpace(decision.Reasons)) summary.Add(new ParagraphBlock("Reasons: " + decision.Reasons.Trim()));
        }
        if (strategy.CrossCutting.Count > 0)
        {
            summary.Add(new SubheadingBlock("Across all our work"));
            summary.Add(new ListBlock(strategy.CrossCutting));
        }

        var sections = new List<ReportSection>();
        foreach (var theme in strategy.Themes.OrderBy(t => t.Number))
        {
            var blocks = new List<ReportBlock>();
            void Part(string heading, IReadOnlyList<string> items, bool list)
            {
                if (items.Count == 0) return;
                blocks.Add(new SubheadingBlock(heading));
                if (list && items.Count > 1) blocks.Add(new ListBlock(items));
                else blocks.AddRange(items.Select(i => new ParagraphBlock(i)));
            }
            Part("Why is this a priority?", theme.Why, list: false);
            // The facts: the transcribed ones, then those linked to the assessment, each in its sentence with the figure the data gives now.
            Part("The facts", [.. theme.Facts, .. theme.LinkedFacts.Select(f => f.Sentence)], list: true);
            Part("What will be our focus?", theme.Focus, list: true);
            Part("What will we do?", theme.WhatWeWillDo, list: true);
            if (theme.Strands.Count > 0)
            {
                if (theme.WhatWeWillDo.Count == 0) blocks.Add(new SubheadingBlock("What will we do?"));
                foreach (var strand in theme.Strands)
                {
                    blocks.Add(new ParagraphBlock(strand.Name));
                    blocks.Add(new ListBlock(strand.Items));
                }
            }
            Part("What do we want to achieve?", theme.Outcomes, list: true);
            Part("How will we measure success?", theme.Measures, list: true);
            Part("Co-ordinating group(s)", theme.DeliveryGroups, list: true);
            Part("The Strategic Assessment priorities it brings together", theme.Priorities, list: true);
            var own = actions.Where(a => a.Ref.Theme == theme.Number).ToList();
            if (own.Count > 0) blocks.Add(new ParagraphBlock($"The action plan holds {own.Count.ToString(CultureInfo.InvariantCulture)} actions for this priority (refs {own.Min(a => a.Ref)} to {own.Max(a => a.Ref)}: see the action plan below)."));
            if (blocks.Count == 0) blocks.Add(new ParagraphBlock("The strategy holds no text for this priority yet."));
            sections.Add(new ReportSection(theme.Number.ToString(CultureInfo.InvariantCulture), "Priority " + theme.Number.ToString(CultureInfo.InvariantCulture) + ": " + theme.Title, blocks));
        }
        if (actions.Count > 0)
        {
            var plan = new List<ReportBlock>();
            foreach (var group in actions.GroupBy(a => a.Ref.Theme).OrderBy(g => g.Key))
            {
                var rows = group.OrderBy(a => a.Ref).Select(a => new TableRow(
                [
                    TableCell.Of(a.Ref.ToString()), TableCell.Of(a.Action), TableCell.Of(string.Join("; ", a.Groups)), TableCell.Of(string.Join("; ", a.Priorities)),
                ])).ToList();
                List<TableColumn> columns = [new("Ref", CellFormat.Text), new("Action", CellFormat.Text), new("Co-ordinating delivery group(s)", CellFormat.Text), new("Strategic Assessment priority(ies)", CellFormat.Text)];
                plan.Add(new TableBlock(new ReportTable("plan-" + group.Key.ToString(CultureInfo.InvariantCulture), $"{group.Key.ToString(CultureInfo.InvariantCulture)}. {group.First().Theme}", columns, rows, [])));
            }
            sections.Add(new ReportSection((strategy.Themes.Count + 1).ToString(CultureInfo.InvariantCulture), "Action plan", plan));
        }
        DataSource[] sources =
        [
            new($"{strategy.Title} {strategy.Period}", $"{refresh} refresh; {actions.Count.ToString(CultureInfo.InvariantCulture)} actions", "Published by the partnership",
                strategy.Source is null ? [] : [strategy.Source]),
        ];
        return new ReportDocument(Kind, $"{strategy.Title} {strategy.Period}", $"{refresh} refresh", Classification.Public(), cover, summary, sections, sources);
    }
}
