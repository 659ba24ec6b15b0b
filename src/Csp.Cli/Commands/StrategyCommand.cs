using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Csp.Core.Strategy;
using Csp.Reporting.Rendering;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Strategy;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp strategy [show|import|page|structure|join|publish|diff]</c>: the Community Safety Strategy (its priorities, themes, the
/// Management Group's decision and the action plan's progress), importing it with the partnership's structure and action
/// plan, Strategy on a Page, and the structure with who sits on each group.
/// </summary>
internal static class StrategyCommand
{
    public static Command Create(Option<string?> database)
    {
        var command = new Command("strategy", "The Community Safety Strategy, the partnership's structure and Strategy on a Page.");
        command.Subcommands.Add(Show(database));
        command.Subcommands.Add(Import(database));
        command.Subcommands.Add(Page(database));
        command.Subcommands.Add(Structure(database));
        command.Subcommands.Add(Join(database));
        command.Subcommands.Add(Publish(database));
        command.Subcommands.Add(StrategyDiffCommand.Create(database));
        command.Subcommands.Add(StrategyFactsCommand.Create(database));
        return command;
    }

    /// <summary>Reads one view of the strategy through its use case and prints it as a table or JSON; <paramref name="missing"/>
    /// (exit 2) when there is nothing to show.</summary>
    internal static async Task<int> ShowAsync<T>(string? database, string format, Func<Strategies, Task<T?>> read, string missing,
        Func<T, object> json, Action<T> print, CancellationToken ct) where T : class
    {
        await using var useCases = await CliEnvironment.UseCasesAsync(database, ct).ConfigureAwait(false);
        var view = await read(useCases.GetRequiredService<Strategies>()).ConfigureAwait(false);
        if (view is null)
        {
            Console.Error.WriteLine("error: " + missing);
            return ExitCodes.InputRejected;
        }
        if (format == "json") Console.Out.WriteLine(JsonSerializer.Serialize(json(view), CliEnvironment.Json));
        else print(view);
        return ExitCodes.Success;
    }

    internal static Option<long?> StrategyOption() => new("--strategy") { Description = "The strategy version's id (csp strategy show lists them); default the current version (the latest refresh)." };

    private static Command Show(Option<string?> database)
    {
        var id = StrategyOption();
        var format = FormatOption.Create("table", "json");
        var show = new Command("show", "The strategy: period, refresh, priorities (and the Management Group's decision), themes with why, measures and delivery groups, the action plan's RAG position.") { id, format };
        show.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var view = await useCases.GetRequiredService<Strategies>().ViewAsync(parse.GetValue(id), ct).ConfigureAwait(false);
            if (view is null)
            {
                Console.Error.WriteLine("error: no strategy is held: ./csp import sample loads the sample's, ./csp strategy import loads yours.");
                return ExitCodes.InputRejected;
            }
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(Json(view), CliEnvironment.Json));
                return ExitCodes.Success;
            }
            var s = view.Strategy;
            Console.Out.WriteLine($"{s.Title} {s.Period} ({s.Refresh} refresh), strategy {view.Id}");
            Console.Out.WriteLine("Strategic Assessment priorities: " + string.Join("; ", s.Priorities));
            if (view.PrioritiesAdded.Count > 0 || view.PrioritiesDropped.Count > 0)
            {
                Console.Out.WriteLine($"  Since the version before: added {Words(view.PrioritiesAdded)}; dropped {Words(view.PrioritiesDropped)}.");
            }
            Console.Out.WriteLine(view.Decision is { } d ? "Decision: " + d.Summary() + " Priorities: " + string.Join("; ", d.Chosen) + "." : "Decision: none recorded yet.");
            foreach (var t in s.Themes)
            {
                var p = view.Progress.Themes.FirstOrDefault(x => x.Number == t.Number);
                Console.Out.WriteLine();
                Console.Out.WriteLine($"{t.Number}. {t.Title}");
                if (p is not null) Console.Out.WriteLine($"   {p.Actions} actions: {p.Green} green, {p.Amber} amber, {p.Red} red, {p.NotRated} not rated, {p.Completed} completed");
                foreach (var m in t.Measures) Console.Out.WriteLine("   measure: " + m);
                if (t.DeliveryGroups.Count > 0) Console.Out.WriteLine("   delivered by: " + string.Join("; ", t.DeliveryGroups));
            }
            Console.Out.WriteLine();
            Console.Out.WriteLine($"{view.Progress.Overdue.Count} actions overdue; {view.Progress.NotUpdated.Count} open actions not updated in {view.Progress.Quarter}.");
            Console.Out.WriteLine("Versions: " + string.Join(", ", view.Versions.Select(v => $"{v.Id} ({v.Period}, {v.Refresh} refresh)")));
            return ExitCodes.Success;
        });
        return show;
    }

    private static string Words(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    private static object Json(StrategyView view) => new
    {
        id = view.Id,
        title = view.Strategy.Title,
        period = view.Strategy.Period,
        refresh = view.Strategy.Refresh,
        priorities = view.Strategy.Priorities,
        crossCutting = view.Strategy.CrossCutting,
        decision = view.Decision is { } d ? new
        {
            area = d.AreaCode, areaName = d.AreaName, period = d.Period, group = d.Group, meetingOn = d.MeetingOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            priorities = d.Priorities.Select(p => new { name = p.Name, outcome = p.Outcome.ToString(), rank = p.Rank, score = p.Score, recommended = p.Recommended }),
            chosen = d.Chosen, reasons = d.Reasons, recordedBy = d.RecordedBy, recordedAt = d.RecordedAt,
            endorsedOn = d.EndorsedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), summary = d.Summary(),
        } : null,
        themes = view.Strategy.Themes.Select(t => new
        {
            number = t.Number, title = t.Title, why = t.Why, facts = t.Facts, whatWeWillDo = t.WhatWeWillDo, outcomes = t.Outcomes, measures = t.Measures,
            deliveryGroups = t.DeliveryGroups, priorities = t.Priorities, focus = t.Focus, strands = t.Strands.Select(x => new { name = x.Name, items = x.Items }),
            linkedFacts = t.LinkedFacts.Select(StrategyDiffCommand.Json),
            progress = view.Progress.Themes.FirstOrDefault(p => p.Number == t.Number),
        }),
        quarter = view.Progress.Quarter.ToString(),
        overdue = view.Progress.Overdue.Select(i => i.Ref.ToString()),
        notUpdated = view.Progress.NotUpdated.Select(i => i.Ref.ToString()),
        prioritiesAdded = view.PrioritiesAdded,
        prioritiesDropped = view.PrioritiesDropped,
        versions = view.Versions,
        source = view.Strategy.Source,
    };

    private static Command Import(Option<string?> database)
    {
        var structure = new Option<string>("--structure") { Description = "The partnership's structure: CSV group,kind,parent,aliases,chair,meets,agencies,source.", Required = true };
        var strategy = new Option<string>("--strategy") { Description = "The strategy: CSV theme,section,text,source.", Required = true };
        var plan = new Option<string>("--action-plan") { Description = "The action plan: CSV Theme,Ref,Action Plan,Coordinating Delivery Group,Strategic Assessment priority[,Owner agency,Lead,Start,Due,Status,RAG,Source].", Required = true };
        var format = FormatOption.Create("table", "json");
        var import = new Command("import", "Import the partnership's structure, a strategy version and its action plan (one transaction; the same files again change nothing).") { structure, strategy, plan, format };
        import.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var result = await useCases.GetRequiredService<Strategies>().ImportAsync(new Actor(Environment.UserName, null), parse.GetValue(structure)!, parse.GetValue(strategy)!,
                parse.GetValue(plan)!, ct).ConfigureAwait(false);
            Print(result, parse.GetValue(format) == "json");
            return result.Outcome == StrategyImport.Rejected || result.Issues.Count > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
        });
        return import;
    }

    internal static void Print(StrategyImport result, bool json)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                strategyId = result.StrategyId, outcome = result.Outcome, groupsAdded = result.GroupsAdded, groupsUpdated = result.GroupsUpdated,
                actionsAdded = result.ActionsAdded, actionsChanged = result.ActionsChanged, actionsKept = result.ActionsKept, refs = result.Refs,
                issues = result.Issues.Select(i => i.ToString()),
            }, CliEnvironment.Json));
            return;
        }
        Console.Out.WriteLine($"Strategy and action plan: {result.Outcome}" + (result.StrategyId > 0 ? $" (strategy {result.StrategyId})" : "") +
                              $"; groups {result.GroupsAdded} added, {result.GroupsUpdated} updated; actions {result.ActionsAdded} added, {result.ActionsChanged} changed, {result.ActionsKept} kept; {result.Refs.Count} refs held.");
        foreach (var issue in result.Issues) Console.Out.WriteLine("  not read: " + issue);
    }

    private static Command Page(Option<string?> database)
    {
        var id = StrategyOption();
        var format = FormatOption.Create("pdf", "html", "png");
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var page = new Command("page", "Strategy on a Page: one A4 page of priorities, what we will do and how we measure success, as PDF, HTML or PNG (the PDF's page as a picture).") { id, format, output };
        page.SetAction(async (parse, ct) =>
        {
            var chosen = Enum.Parse<ReportFormat>(parse.GetValue(format)!, ignoreCase: true);
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct, format: chosen).ConfigureAwait(false);
            var file = await useCases.GetRequiredService<Strategies>().PageAsync(parse.GetValue(id), chosen, ct).ConfigureAwait(false);
            if (file is null)
            {
                Console.Error.WriteLine("error: no strategy is held: ./csp import sample loads the sample's.");
                return ExitCodes.InputRejected;
            }
            var path = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(path, file.Content, ct).ConfigureAwait(false);
            Console.Out.WriteLine($"Wrote {path}: {file.Title} ({file.Content.Length:N0} bytes).");
            return ExitCodes.Success;
        });
        return page;
    }

    private static Command Structure(Option<string?> database)
    {
        var format = FormatOption.Create("table", "json");
        var structure = new Command("structure", "The partnership's groups: kind, the group each reports to, chair, how often it meets, member agencies, who sits on it, its actions.") { format };
        structure.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var groups = await useCases.GetRequiredService<Strategies>().StructureAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(groups.Select(g => new
                {
                    name = g.Group.Name, kind = g.Group.Kind.ToString(), parent = g.Group.Parent, aliases = g.Group.Aliases, chair = g.Group.Chair, meets = g.Group.Meets,
                    agencies = g.Group.Agencies, members = g.Members.Select(m => new { userName = m.UserName, role = m.Role }), actions = g.Actions, source = g.Group.Source,
                }), CliEnvironment.Json));
                return ExitCodes.Success;
            }
            foreach (var g in groups)
            {
                Console.Out.WriteLine($"{g.Group.Name} ({GroupKinds.Describe(g.Group.Kind)}){(g.Group.Parent is null ? "" : ", reports to " + g.Group.Parent)}; meets {g.Group.Meets ?? "-"}; {g.Actions} actions" +
                                      (g.Members.Count == 0 ? "" : "; members: " + string.Join(", ", g.Members.Select(m => $"{m.UserName} ({m.Role})"))));
            }
            return ExitCodes.Success;
        });
        return structure;
    }

    private static Command Join(Option<string?> database)
    {
        var group = new Option<string>("--group") { Description = "The group, by name or alias (\"DA Forum\").", Required = true };
        var user = new Option<string>("--user") { Description = "The user name of the account that sits on it.", Required = true };
        var role = new Option<string>("--role") { Description = "Chair or Member.", DefaultValueFactory = _ => "Member" };
        role.AcceptOnlyFromAmong("Member", "Chair");
        var join = new Command("join", "Put a user on a group: a partner officer then sees and updates the group's action plan rows.") { group, user, role };
        join.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var by = new PlanUser(Environment.UserName, [Roles.Administrator]);
            var change = await useCases.GetRequiredService<Strategies>().AddMemberAsync(by, parse.GetValue(group)!, parse.GetValue(user)!, parse.GetValue(role)!, ct).ConfigureAwait(false);
            if (!change.Done)
            {
                foreach (var e in change.Errors) Console.Error.WriteLine("error: " + e);
                return ExitCodes.InputRejected;
            }
            Console.Out.WriteLine($"{parse.GetValue(user)} sits on {parse.GetValue(group)} as {parse.GetValue(role)}.");
            return ExitCodes.Success;
        });
        return join;
    }

    /// <summary><c>csp strategy publish</c>: an alias of <c>csp publish strategy</c> (the same use case, options and answer).</summary>
    private static Command Publish(Option<string?> database) => PublishCommand.Strategy(database, "publish");
}
