namespace Csp.Core.Strategy;

/// <summary>
/// What an annual refresh changed between two versions of the strategy (seed 004: "refreshed every year"): the Strategic
/// Assessment priorities added and dropped, the themes added, dropped or changed (naming the sections that differ), the
/// linked facts with their figures then and now (matched by area, category and measure within a theme), the plain-text facts
/// added and removed, and the measures of success added and removed. Themes are matched by number: the action plan's refs
/// hang on it.
/// </summary>
public sealed record StrategyDifference(
    IReadOnlyList<string> PrioritiesAdded,
    IReadOnlyList<string> PrioritiesDropped,
    IReadOnlyList<ThemeChange> ThemesAdded,
    IReadOnlyList<ThemeChange> ThemesDropped,
    IReadOnlyList<ThemeChange> ThemesChanged,
    IReadOnlyList<FactChange> Facts,
    IReadOnlyList<ThemeText> FactsAdded,
    IReadOnlyList<ThemeText> FactsRemoved,
    IReadOnlyList<ThemeText> MeasuresAdded,
    IReadOnlyList<ThemeText> MeasuresRemoved)
{
    /// <summary>Nothing differs.</summary>
    public bool None => PrioritiesAdded.Count + PrioritiesDropped.Count + ThemesAdded.Count + ThemesDropped.Count + ThemesChanged.Count + FactsAdded.Count + FactsRemoved.Count
        + MeasuresAdded.Count + MeasuresRemoved.Count == 0 && Facts.All(f => !f.Changed);

    public static StrategyDifference Between(CommunitySafetyStrategy before, CommunitySafetyStrategy after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var comparer = StringComparer.OrdinalIgnoreCase;
        var themesAdded = after.Themes.Where(t => before.Themes.All(b => b.Number != t.Number)).Select(t => new ThemeChange(t.Number, t.Title, [])).ToList();
        var themesDropped = before.Themes.Where(t => after.Themes.All(a => a.Number != t.Number)).Select(t => new ThemeChange(t.Number, t.Title, [])).ToList();
        var changed = new List<ThemeChange>();
        var facts = new List<FactChange>();
        List<ThemeText> factsAdded = [], factsRemoved = [], measuresAdded = [], measuresRemoved = [];
        foreach (var now in after.Themes)
        {
            if (before.Themes.FirstOrDefault(b => b.Number == now.Number) is not { } then)
            {
                // A new theme's facts and measures are all new.
                factsAdded.AddRange(now.Facts.Concat(now.LinkedFacts.Select(f => f.Sentence)).Select(f => new ThemeText(now.Number, f)));
                measuresAdded.AddRange(now.Measures.Select(m => new ThemeText(now.Number, m)));
                continue;
            }
            var sections = new List<string>();
            if (then.Title != now.Title) sections.Add("title");
            void Compare(string name, IEnumerable<string> a, IEnumerable<string> b)
            {
                if (!a.SequenceEqual(b, StringComparer.Ordinal)) sections.Add(name);
            }
            Compare("why", then.Why, now.Why);
            Compare("the facts", then.Facts, now.Facts);
            Compare("focus", then.Focus, now.Focus);
            Compare("what we will do", then.WhatWeWillDo.Concat(then.Strands.SelectMany(s => s.Items.Select(i => s.Name + ": " + i))),
                now.WhatWeWillDo.Concat(now.Strands.SelectMany(s => s.Items.Select(i => s.Name + ": " + i))));
            Compare("what we want to achieve", then.Outcomes, now.Outcomes);
            Compare("measures", then.Measures, now.Measures);
            Compare("delivery groups", then.DeliveryGroups, now.DeliveryGroups);
            Compare("priorities", then.Priorities, now.Priorities);
            if (sections.Count > 0) changed.Add(new ThemeChange(now.Number, now.Title, sections));
            factsAdded.AddRange(now.Facts.Where(f => !then.Facts.Contains(f, StringComparer.Ordinal)).Select(f => new ThemeText(now.Number, f)));
            factsRemoved.AddRange(then.Facts.Where(f => !now.Facts.Contains(f, StringComparer.Ordinal)).Select(f => new ThemeText(now.Number, f)));
            measuresAdded.AddRange(now.Measures.Where(m => !then.Measures.Contains(m, comparer)).Select(m => new ThemeText(now.Number, m)));
            measuresRemoved.AddRange(then.Measures.Where(m => !now.Measures.Contains(m, comparer)).Select(m => new ThemeText(now.Number, m)));
            var unmatched = then.LinkedFacts.ToList();
            foreach (var fact in now.LinkedFacts)
            {
                var earlier = unmatched.FirstOrDefault(f => f.Link.Key == fact.Link.Key);
                if (earlier is null)
                {
                    factsAdded.Add(new ThemeText(now.Number, fact.Sentence));
                    continue;
                }
                unmatched.Remove(earlier);
                facts.Add(new FactChange(now.Number, earlier, fact));
            }
            factsRemoved.AddRange(unmatched.Select(f => new ThemeText(now.Number, f.Sentence)));
        }
        foreach (var gone in before.Themes.Where(t => after.Themes.All(a => a.Number != t.Number)))
        {
            factsRemoved.AddRange(gone.Facts.Concat(gone.LinkedFacts.Select(f => f.Sentence)).Select(f => new ThemeText(gone.Number, f)));
            measuresRemoved.AddRange(gone.Measures.Select(m => new ThemeText(gone.Number, m)));
        }
        return new StrategyDifference(
            after.Priorities.Where(p => !before.Priorities.Contains(p, comparer)).ToList(),
            before.Priorities.Where(p => !after.Priorities.Contains(p, comparer)).ToList(),
            themesAdded, themesDropped, changed, facts, factsAdded, factsRemoved, measuresAdded, measuresRemoved);
    }
}

/// <summary>A theme added, dropped or changed; <paramref name="Sections"/> names what changed ("why", "measures", ...).</summary>
public sealed record ThemeChange(int Number, string Title, IReadOnlyList<string> Sections);

/// <summary>A text of a theme (a plain fact, a measure, or a linked fact's sentence).</summary>
public sealed record ThemeText(int Theme, string Text);

/// <summary>A linked fact in both versions: as the version before states it and as this one does (its months moved on by the refresh).</summary>
public sealed record FactChange(int Theme, LinkedFact Before, LinkedFact After)
{
    /// <summary>Whether the figure differs ("8,401 -> 6,643").</summary>
    public bool Changed => Before.FigureText != After.FigureText;
}
