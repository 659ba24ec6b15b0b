using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Csp.Workbench.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp meeting list [--group G] [--format table|json]</c>: the meetings of the partnership's groups, newest first, with
/// how much each one's minutes hold. Their minutes as a document: <c>csp report minutes --meeting ID</c>.
/// </summary>
internal static class MeetingCommand
{
    public static Command Create(Option<string?> database)
    {
        var command = new Command("meeting", "The meetings of the partnership's groups and their minutes (csp report minutes --meeting ID).");
        var group = new Option<string?>("--group") { Description = "Only this group's meetings (its name or an alias, e.g. \"Management Group\")." };
        var format = FormatOption.Create("table", "json");
        var list = new Command("list", "The meetings held, newest first: id, group, date, title, how many were present and sent apologies, items, decisions, actions and those outstanding.")
        {
            group, format,
        };
        list.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var meetings = await useCases.GetRequiredService<Meetings>().ListAsync(parse.GetValue(group), ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(meetings.Select(m => new
                {
                    id = m.Id, group = m.Group, heldOn = m.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), title = m.Title, present = m.Present, apologies = m.Apologies,
                    items = m.Items, decisions = m.Decisions, actions = m.Actions, openActions = m.OpenActions, priorityDecision = m.PriorityDecision, source = m.Source,
                }), CliEnvironment.Json));
                return ExitCodes.Success;
            }
            if (meetings.Count == 0)
            {
                Console.Out.WriteLine(parse.GetValue(group) is { } g ? $"No meetings of '{g}' are recorded." : "No meetings are recorded.");
                return ExitCodes.Success;
            }
            var en = CultureInfo.GetCultureInfo("en-GB");
            foreach (var m in meetings)
            {
                Console.Out.WriteLine($"{m.Id,4}  {m.HeldOn.ToString("d MMM yyyy", en),-11}  {m.Group}{(m.Title is null ? "" : ": " + m.Title)}; {m.Present} present, {m.Apologies} apologies; " +
                                      $"{m.Items} items, {m.Decisions} decisions{(m.PriorityDecision ? " and the decision on priorities" : "")}, {m.Actions} actions ({m.OpenActions} outstanding)");
            }
            return ExitCodes.Success;
        });
        command.Subcommands.Add(list);
        return command;
    }
}
