using System.CommandLine;
using Csp.Core.Strategy;
using Csp.Workbench.Strategy;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp strategy facts [--strategy ID] --format table|json</c>: the facts of a version of the strategy (the current one by
/// default) linked to the Strategic Assessment, by priority, each with the figure the data gives now and, when the annual
/// refresh carried it on from the version before, the figure there and whether the refresh changed it (as
/// <c>csp strategy diff</c> pairs them). Analysts link and unlink facts on the web app's strategy page.
/// </summary>
internal static class StrategyFactsCommand
{
    public static Command Create(Option<string?> database)
    {
        var id = StrategyCommand.StrategyOption();
        var format = FormatOption.Create("table", "json");
        var command = new Command("facts", "The facts linked to the assessment, by priority: the figure now and whether the annual refresh changed it.") { id, format };
        command.SetAction((parse, ct) =>
            StrategyCommand.ShowAsync(parse.GetValue(database), parse.GetValue(format)!, strategies => strategies.FactsAsync(parse.GetValue(id), ct),
                "no strategy is held (or not the version given): ./csp import sample loads the sample's, csp strategy show lists the versions.", Json, Print, ct));
        return command;
    }

    private static void Print(StrategyFactList list)
    {
        var v = list.Version;
        Console.Out.WriteLine($"{v.Title} {v.Period}, {v.Refresh} refresh (strategy {v.Id})"
            + (list.Before is { } b ? $"; the version before: {b.Period}, {b.Refresh} refresh (strategy {b.Id})" : "; no version before it"));
        if (list.Facts.Count == 0)
        {
            Console.Out.WriteLine("No fact is linked to the assessment: an analyst links them on the strategy page (/strategy).");
            return;
        }
        foreach (var group in list.Facts.GroupBy(f => (f.Now.Theme, f.Priority)))
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine($"{group.Key.Theme}. {group.Key.Priority}");
            foreach (var f in group)
            {
                var link = f.Now.Link;
                var refresh = f.Then is null ? "not carried from a version before"
                    : f.Changed == true ? $"changed by the refresh: {f.Then.FigureText} ({f.Then.Link.Period}) -> {f.Now.FigureText} ({link.Period})"
                    : $"unchanged by the refresh ({f.Then.FigureText})";
                Console.Out.WriteLine($"   fact {f.Now.Id}: {link.Category}, {FactWriter.Name(link.Measure)}, {link.AreaCode}, {link.Period}: {f.Now.FigureText}; {refresh}");
                Console.Out.WriteLine($"      {f.Now.Sentence}");
            }
        }
    }

    private static object Json(StrategyFactList list) => new
    {
        strategy = list.Version,
        before = list.Before,
        facts = list.Facts.Select(f => new
        {
            id = f.Now.Id, theme = f.Now.Theme, priority = f.Priority, area = f.Now.Link.AreaCode, category = f.Now.Link.Category, measure = f.Now.Link.Measure.ToString(),
            period = f.Now.Link.Period.ToString(), baseline = f.Now.Link.Baseline.ToString(), sentence = f.Now.Sentence, figure = f.Now.Figure, figureText = f.Now.FigureText,
            then = f.Then is null ? null : StrategyDiffCommand.Json(f.Then), changed = f.Changed,
        }),
    };
}
