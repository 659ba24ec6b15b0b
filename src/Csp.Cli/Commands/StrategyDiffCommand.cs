using System.CommandLine;
using Csp.Core.Strategy;
using Csp.Workbench.Strategy;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp strategy diff [--strategy ID] [--against ID] --format table|json</c>: what the annual refresh changed between a
/// version of the strategy (the current one by default) and another (the version before it by default): priorities added
/// and dropped, themes added, dropped or changed, the linked facts' figures then and now, facts and measures added and removed.
/// </summary>
internal static class StrategyDiffCommand
{
    public static Command Create(Option<string?> database)
    {
        var id = StrategyCommand.StrategyOption();
        var against = new Option<long?>("--against") { Description = "The version to compare with (csp strategy show lists them); default the version before." };
        var format = FormatOption.Create("table", "json");
        var diff = new Command("diff", "What changed between two versions of the strategy (an annual refresh): priorities, themes, facts with their figures, measures.") { id, against, format };
        diff.SetAction((parse, ct) =>
            StrategyCommand.ShowAsync(parse.GetValue(database), parse.GetValue(format)!, strategies => strategies.DiffAsync(parse.GetValue(id), parse.GetValue(against), ct),
                "there are not two versions to compare: the version (or --against) is not held, or the strategy has no version before it.", Json, Print, ct));
        return diff;
    }

    private static void Print(StrategyDiff result)
    {
        var d = result.Difference;
        Console.Out.WriteLine($"{result.To.Title} {result.To.Period}, {result.To.Refresh} refresh (strategy {result.To.Id}) against {result.From.Period}, {result.From.Refresh} refresh (strategy {result.From.Id})");
        if (d.None) Console.Out.WriteLine("Nothing changed.");
        void List(string heading, IEnumerable<string> items)
        {
            var all = items.ToList();
            if (all.Count == 0) return;
            Console.Out.WriteLine(heading);
            foreach (var i in all) Console.Out.WriteLine("  " + i);
        }
        List("Priorities added:", d.PrioritiesAdded);
        List("Priorities dropped:", d.PrioritiesDropped);
        List("Themes added:", d.ThemesAdded.Select(t => $"{t.Number}. {t.Title}"));
        List("Themes dropped:", d.ThemesDropped.Select(t => $"{t.Number}. {t.Title}"));
        List("Themes changed:", d.ThemesChanged.Select(t => $"{t.Number}. {t.Title}: {string.Join(", ", t.Sections)}"));
        List("Facts (then -> now):", d.Facts.Select(f => $"{f.Theme}. {f.After.Link.Category}, {FactWriter.Name(f.After.Link.Measure)}, {f.After.Link.AreaCode}: "
            + $"{f.Before.FigureText} ({f.Before.Link.Period}) -> {f.After.FigureText} ({f.After.Link.Period}){(f.Changed ? "" : ", unchanged")}"));
        List("Facts added:", d.FactsAdded.Select(f => $"{f.Theme}. {f.Text}"));
        List("Facts removed:", d.FactsRemoved.Select(f => $"{f.Theme}. {f.Text}"));
        List("Measures added:", d.MeasuresAdded.Select(f => $"{f.Theme}. {f.Text}"));
        List("Measures removed:", d.MeasuresRemoved.Select(f => $"{f.Theme}. {f.Text}"));
    }

    internal static object Json(LinkedFact f) => new
    {
        id = f.Id, theme = f.Theme, area = f.Link.AreaCode, category = f.Link.Category, measure = f.Link.Measure.ToString(), period = f.Link.Period.ToString(),
        baseline = f.Link.Baseline.ToString(), sentence = f.Sentence, figure = f.Figure, figureText = f.FigureText,
    };

    private static object Json(StrategyDiff r)
    {
        var d = r.Difference;
        return new
        {
            from = r.From,
            to = r.To,
            prioritiesAdded = d.PrioritiesAdded,
            prioritiesDropped = d.PrioritiesDropped,
            themesAdded = d.ThemesAdded.Select(t => new { number = t.Number, title = t.Title }),
            themesDropped = d.ThemesDropped.Select(t => new { number = t.Number, title = t.Title }),
            themesChanged = d.ThemesChanged.Select(t => new { number = t.Number, title = t.Title, sections = t.Sections }),
            facts = d.Facts.Select(f => new { theme = f.Theme, before = Json(f.Before), after = Json(f.After), changed = f.Changed }),
            factsAdded = d.FactsAdded.Select(t => new { theme = t.Theme, text = t.Text }),
            factsRemoved = d.FactsRemoved.Select(t => new { theme = t.Theme, text = t.Text }),
            measuresAdded = d.MeasuresAdded.Select(t => new { theme = t.Theme, text = t.Text }),
            measuresRemoved = d.MeasuresRemoved.Select(t => new { theme = t.Theme, text = t.Text }),
        };
    }
}
