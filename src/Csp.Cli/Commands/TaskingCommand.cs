using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Csp.Core.Taskings;
using Csp.Workbench.Briefing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp tasking raise|assign|update|refer|respond|close|list|show</c>: tasks raised at the briefing or a meeting. Whoever
/// raises a task keeps ownership of it: only their agency (or the CSU) closes it. Every change is audited.
/// </summary>
internal static class TaskingCommand
{
    public static Command Create(Option<string?> database)
    {
        var tasking = new Command("tasking", "Tasks from the briefing or a Tasking and Coordination Group: raise, assign, update, refer, respond, close, list, show.");
        var viewer = new BriefingViewerOptions();

        var what = new Option<string>("--what") { Description = "What is to be done.", Required = true };
        var where = new Option<string?>("--where") { Description = "Where: a place in words or a location key." };
        var due = new Option<string>("--due") { Description = "The last day for it, YYYY-MM-DD (overdue from the day after).", Required = true };
        var ownerAgency = new Option<string?>("--owner-agency") { Description = "Give it to another agency (default: your own keeps it)." };
        var officer = new Option<string?>("--officer") { Description = "The officer doing it." };
        var area = new Option<string?>("--area-code") { Description = "The ward or district it is for (ONS code)." };
        var incidents = new Option<string[]>("--incident") { Description = "Incident ids it answers (repeat the option).", AllowMultipleArgumentsPerToken = true };
        var caseRef = new Option<string?>("--case") { Description = "The ASB or problem-solving case it belongs to." };
        var raise = new Command("raise", "Raise a task; you (and your agency) keep ownership of it.") { what, where, due, ownerAgency, officer, area, incidents, caseRef };
        Add(raise, database, async (parse, tasks, who, ct) =>
        {
            if (!TryDay(parse.GetValue(due)!, "--due", out var day)) return null;
            return await tasks.RaiseAsync(new TaskingDraft(parse.GetValue(what)!, parse.GetValue(where), day, parse.GetValue(ownerAgency), parse.GetValue(officer),
                parse.GetValue(area), parse.GetValue(incidents), parse.GetValue(caseRef)), who, null, ct).ConfigureAwait(false);
        });

        static Argument<string> Reference() => new("REFERENCE") { Description = "The task's reference, e.g. T-2026-0001." };
        var reference = Reference();
        var assignAgency = new Option<string?>("--owner-agency") { Description = "The agency to give it to." };
        var assignOfficer = new Option<string?>("--officer") { Description = "The officer to give it to." };
        var assign = new Command("assign", "Give a task to an officer or another agency (the raiser keeps ownership).") { reference, assignAgency, assignOfficer };
        Add(assign, database, async (parse, tasks, who, ct) =>
            await tasks.AssignAsync(parse.GetValue(reference)!, parse.GetValue(assignAgency), parse.GetValue(assignOfficer), who, ct).ConfigureAwait(false));

        var status = new Option<string?>("--status") { Description = "open or in-progress." };
        status.AcceptOnlyFromAmong("open", "in-progress");
        var newDue = new Option<string?>("--due") { Description = "A new due day, YYYY-MM-DD." };
        var note = new Option<string?>("--note") { Description = "Progress in words." };
        var updateRef = Reference();
        var update = new Command("update", "Record progress on a task: a note, a status, a new due day.") { updateRef, status, newDue, note };
        Add(update, database, async (parse, tasks, who, ct) =>
        {
            DateOnly? day = null;
            if (parse.GetValue(newDue) is { } d)
            {
                if (!TryDay(d, "--due", out var parsed)) return null;
                day = parsed;
            }
            TaskingStatus? s = parse.GetValue(status) switch { "open" => TaskingStatus.Open, "in-progress" => TaskingStatus.InProgress, _ => null };
            return await tasks.UpdateAsync(parse.GetValue(updateRef)!, s, day, parse.GetValue(note), who, ct).ConfigureAwait(false);
        });

        var service = new Option<string>("--service") { Description = "The service referred to (its agency then sees the task).", Required = true };
        var referRef = Reference();
        var refer = new Command("refer", "Refer a task's matter to another service.") { referRef, service };
        Add(refer, database, async (parse, tasks, who, ct) => await tasks.ReferAsync(parse.GetValue(referRef)!, parse.GetValue(service)!, who, ct).ConfigureAwait(false));

        var response = new Option<string>("--response") { Description = "What the service said or did.", Required = true };
        var respondRef = Reference();
        var respond = new Command("respond", "Record the response of the service last referred to.") { respondRef, response };
        Add(respond, database, async (parse, tasks, who, ct) => await tasks.RespondAsync(parse.GetValue(respondRef)!, parse.GetValue(response)!, who, ct).ConfigureAwait(false));

        var outcome = new Option<string>("--outcome") { Description = "What was done, or why it is closed without being done.", Required = true };
        var notDone = new Option<bool>("--not-done") { Description = "Closed without being done (default: completed)." };
        var closeRef = Reference();
        var close = new Command("close", "Close a task (only the agency that raised it, or the CSU).") { closeRef, outcome, notDone };
        Add(close, database, async (parse, tasks, who, ct) => await tasks.CloseAsync(parse.GetValue(closeRef)!, !parse.GetValue(notDone), parse.GetValue(outcome)!, who, ct).ConfigureAwait(false));

        var showRef = new Argument<string>("REFERENCE") { Description = "The task's reference." };
        var show = new Command("show", "A task with its referrals and history.") { showRef };
        Add(show, database, async (parse, tasks, who, ct) => await tasks.GetAsync(parse.GetValue(showRef)!, who, ct).ConfigureAwait(false));

        var all = new Option<bool>("--all") { Description = "Include completed and closed tasks." };
        var listFormat = FormatOption.Create("table", "json");
        var list = new Command("list", "The tasks you see, overdue first.") { all, listFormat };
        foreach (var o in viewer.All) list.Options.Add(o);
        list.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var views = await useCases.GetRequiredService<Taskings>().ListAsync(viewer.Viewer(parse), !parse.GetValue(all), null, ct).ConfigureAwait(false);
            if (parse.GetValue(listFormat) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { tasks = views }, CliEnvironment.Json));
                return ExitCodes.Success;
            }
            if (views.Count == 0)
            {
                Output.Console.MarkupLine("No tasks.");
                return ExitCodes.Success;
            }
            var today = DateOnly.FromDateTime(Core.Periods.UkTime.Now(TimeProvider.System));
            var table = new Table().Border(TableBorder.Simple);
            foreach (var h in new[] { "task", "what", "where", "raised by", "owner", "due", "status" }) table.AddColumn(h);
            foreach (var t in views)
            {
                table.AddRow(new[] { t.Reference, t.What, t.Where ?? "", $"{t.RaisedBy} ({t.RaisedByAgency})", t.OwnerAgency + (t.OwnerOfficer is { } o ? $" ({o})" : ""),
                    t.Due.ToString("dd/MM/yyyy", Output.Culture) + (t.IsOverdueOn(today) ? " OVERDUE" : ""), t.Status.ToString() }.Select(Markup.Escape).ToArray());
            }
            Output.Console.Write(table);
            return ExitCodes.Success;
        });
        tasking.Subcommands.Add(list);
        foreach (var c in new[] { raise, assign, update, refer, respond, close, show }) tasking.Subcommands.Add(c);
        return tasking;
    }

    private static void Add(Command command, Option<string?> database, Func<ParseResult, Taskings, BriefingViewer, CancellationToken, Task<TaskingOutcome?>> act)
    {
        var viewer = new BriefingViewerOptions();
        var format = FormatOption.Create("table", "json");
        command.Options.Add(format);
        foreach (var o in viewer.All) command.Options.Add(o);
        command.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var outcome = await act(parse, useCases.GetRequiredService<Taskings>(), viewer.Viewer(parse), ct).ConfigureAwait(false);
            if (outcome is null) return ExitCodes.Error;
            if (outcome.Task is not { } task)
            {
                Console.Error.WriteLine("error: " + outcome.Problem);
                return ExitCodes.Of(outcome.Kind);
            }
            if (parse.GetValue(format) == "json") Console.Out.WriteLine(JsonSerializer.Serialize(task, CliEnvironment.Json));
            else Print(task);
            return ExitCodes.Success;
        });
    }

    private static bool TryDay(string text, string option, out DateOnly day)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)) return true;
        Console.Error.WriteLine($"error: {option} '{text}' is not YYYY-MM-DD.");
        return false;
    }

    private static void Print(TaskingView t)
    {
        var c = Output.Console;
        c.MarkupLine(Markup.Escape($"{t.Reference} ({t.Status}): {t.What}"));
        if (t.Where is not null) c.MarkupLine(Markup.Escape("  where: " + t.Where));
        c.MarkupLine(Markup.Escape($"  raised by {t.RaisedBy} ({t.RaisedByAgency}) on {t.Raised:dd/MM/yyyy}; owner {t.OwnerAgency}{(t.OwnerOfficer is { } o ? $" ({o})" : "")}; due {t.Due:dd/MM/yyyy}"));
        if (t.Outcome is not null) c.MarkupLine(Markup.Escape("  outcome: " + t.Outcome));
        foreach (var r in t.Referrals) c.MarkupLine(Markup.Escape($"  referred to {r.Service} on {r.Made:dd/MM/yyyy}: {r.Response ?? "awaiting a response"}"));
        foreach (var h in t.History) c.MarkupLine(Markup.Escape($"  {h.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC {h.UserName}: {h.Change}{(h.Detail is { } d ? " - " + d : "")}"));
    }
}
