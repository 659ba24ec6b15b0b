using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Csp.Core.Strategy;
using Csp.Workbench.Accounts;
using Csp.Workbench.Strategy;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp action-plan [--strategy ID] [--group G] --format table|json|csv</c>: the action plan's rows; and
/// <c>csp action-plan update REF --quarter yyyy-Qn --note N --status S --rag R</c>, a quarterly update (kept and audited).
/// </summary>
internal static class ActionPlanCommand
{
    public static Command Create(Option<string?> database)
    {
        var id = StrategyCommand.StrategyOption();
        var group = new Option<string?>("--group") { Description = "Only the rows this group (by name or alias) coordinates." };
        var format = FormatOption.Create("table", "json", "csv");
        var command = new Command("action-plan", "The action plan of the current strategy (or --strategy ID): ref, action, groups, priorities, owner, due, status, RAG, last update.") { id, group, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var view = await useCases.GetRequiredService<ActionPlans>().ListAsync(Operator, parse.GetValue(id), ct).ConfigureAwait(false);
            if (view is null)
            {
                Console.Error.WriteLine("error: no strategy is held: ./csp import sample loads the sample's.");
                return ExitCodes.InputRejected;
            }
            var rows = view.Rows.ToList();
            if (parse.GetValue(group) is { } g)
            {
                var structure = await useCases.GetRequiredService<Strategies>().StructureAsync(ct).ConfigureAwait(false);
                var named = new PartnershipStructure(structure.Select(x => x.Group)).Find(g);
                if (named is null)
                {
                    Console.Error.WriteLine($"error: there is no group '{g}' (./csp strategy structure lists them).");
                    return ExitCodes.InputRejected;
                }
                rows = rows.Where(r => r.Item.Groups.Contains(named.Name)).ToList();
            }
            switch (parse.GetValue(format))
            {
                case "json":
                    Console.Out.WriteLine(JsonSerializer.Serialize(rows.Select(Json), CliEnvironment.Json));
                    break;
                case "csv":
                    Console.Out.Write(Csv(rows));
                    break;
                default:
                    Console.Out.WriteLine($"{view.StrategyTitle}: {rows.Count} actions");
                    string? theme = null;
                    foreach (var r in rows)
                    {
                        if (r.Item.Theme != theme) Console.Out.WriteLine($"\n{r.Item.Ref.Theme}. {theme = r.Item.Theme}");
                        Console.Out.WriteLine($"{r.Item.Ref,-6} {PlanWords.Describe(r.Item.Rag),-9} {PlanWords.Describe(r.Item.Status),-12} {string.Join(", ", r.Item.Groups)} | {r.Item.Action}");
                    }
                    break;
            }
            return ExitCodes.Success;
        });
        command.Subcommands.Add(Update(database));
        return command;
    }

    /// <summary>Who the command line acts as: whoever can run it holds the database, so the whole plan.</summary>
    private static PlanUser Operator => new(Environment.UserName, [Roles.Administrator]);

    private static object Json(ActionPlanRow r) => new
    {
        id = r.Id,
        @ref = r.Item.Ref.ToString(),
        theme = r.Item.Theme,
        action = r.Item.Action,
        groups = r.Item.Groups,
        priorities = r.Item.Priorities,
        owner = r.Item.OwnerAgency,
        lead = r.Item.Lead,
        due = r.Item.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        status = r.Item.Status.ToString(),
        rag = r.Item.Rag.ToString(),
        lastUpdate = r.LastUpdate is { } u ? new { quarter = u.Quarter.ToString(), note = u.Note, status = u.Status.ToString(), rag = u.Rag.ToString(), by = u.By, at = u.At } : null,
        source = r.Item.Source,
    };

    private static string Csv(IEnumerable<ActionPlanRow> rows)
    {
        var sb = new StringBuilder("ref,theme,action,groups,priorities,owner,due,status,rag,lastUpdate\n");
        foreach (var r in rows)
        {
            string[] fields = [r.Item.Ref.ToString(), r.Item.Theme, r.Item.Action, string.Join("; ", r.Item.Groups), string.Join("; ", r.Item.Priorities), r.Item.OwnerAgency ?? "",
                r.Item.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", r.Item.Status.ToString(), r.Item.Rag.ToString(), r.LastUpdate?.Quarter.ToString() ?? ""];
            sb.AppendJoin(',', fields.Select(Quote)).Append('\n');
        }
        return sb.ToString();
    }

    private static string Quote(string field) => field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static Command Update(Option<string?> database)
    {
        var reference = new Argument<string>("REF") { Description = "The action's ref, e.g. 1.3." };
        var id = StrategyCommand.StrategyOption();
        var quarter = new Option<string>("--quarter") { Description = "The quarter reported on, yyyy-Qn.", Required = true };
        var note = new Option<string>("--note") { Description = "What was done this quarter.", Required = true };
        var status = new Option<string>("--status") { Description = PlanWords.ExpectedStatus, DefaultValueFactory = _ => "in progress" };
        var rag = new Option<string>("--rag") { Description = PlanWords.ExpectedRag, Required = true };
        var update = new Command("update", "A quarterly update of an action: kept in its history and audited.") { reference, id, quarter, note, status, rag };
        update.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var plans = useCases.GetRequiredService<ActionPlans>();
            var view = await plans.ListAsync(Operator, parse.GetValue(id), ct).ConfigureAwait(false);
            var row = view?.Rows.FirstOrDefault(r => r.Item.Ref.ToString() == parse.GetValue(reference)!.Trim());
            if (row is null)
            {
                Console.Error.WriteLine($"error: there is no action {parse.GetValue(reference)} in the plan.");
                return ExitCodes.InputRejected;
            }
            var change = await plans.UpdateAsync(Operator, row.Id, new ActionUpdate(parse.GetValue(quarter)!, parse.GetValue(note)!, parse.GetValue(status)!, parse.GetValue(rag)!), ct)
                .ConfigureAwait(false);
            if (!change.Done)
            {
                foreach (var e in change.Errors) Console.Error.WriteLine("error: " + e);
                return ExitCodes.Error;
            }
            Console.Out.WriteLine($"Action {row.Item.Ref} updated for {parse.GetValue(quarter)}.");
            return ExitCodes.Success;
        });
        return update;
    }
}
