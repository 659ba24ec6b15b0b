using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Csp.Workbench.Briefing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp briefing --area A [--since YYYY-MM-DDTHH:MM] [--until ...] [--since-last] [--victim-keys] [--record] [--format table|json]</c>:
/// the daily briefing of an area's incidents (default the previous 24 hours; on a Monday since Friday's).
/// </summary>
internal static class BriefingCommand
{
    public static Command Create(Option<string?> database)
    {
        var area = new Option<string>("--area") { Description = "ONS code or name of the area (a district, CSP or ward).", Required = true };
        var since = new Option<string?>("--since") { Description = "Start (included), UK local time, YYYY-MM-DDTHH:MM. Default: 24 hours before the end (72 on a Monday)." };
        var until = new Option<string?>("--until") { Description = "End (excluded), UK local time, YYYY-MM-DDTHH:MM. Default: now." };
        var sinceLast = new Option<bool>("--since-last") { Description = "Start where the last briefing held for the area ended (--record records one)." };
        var victimKeys = new Option<bool>("--victim-keys") { Description = "Show repeat victims' and callers' pseudonymised keys (personal data: the view is audited). Default: counts only." };
        var record = new Option<bool>("--record") { Description = "Record this briefing as held (who, when, its window)." };
        var output = new Option<string?>("--output") { Description = "Also write the one-page printout to this file: .pdf (printed by Chromium) or .html. It never carries victim keys." };
        var viewer = new BriefingViewerOptions();
        var format = FormatOption.Create("table", "json");
        var command = new Command("briefing", "The daily briefing: incidents since the last briefing by category and ward, emerging hot spots, repeat locations and victims, near-repeat alerts, tasks due.")
        {
            area, since, until, sinceLast, victimKeys, record, output, format,
        };
        foreach (var o in viewer.All) command.Options.Add(o);
        command.SetAction(async (parse, ct) =>
        {
            if (!TryTime(parse.GetValue(since), "--since", out var from) || !TryTime(parse.GetValue(until), "--until", out var to)) return ExitCodes.Error;
            // A printout to PDF: Chromium starts while the briefing is built.
            var printsPdf = parse.GetValue(output)?.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) == true;
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct,
                format: printsPdf ? Reporting.Rendering.ReportFormat.Pdf : null).ConfigureAwait(false);
            var briefings = useCases.GetRequiredService<Briefings>();
            var who = viewer.Viewer(parse, parse.GetValue(victimKeys));
            var outcome = await briefings.BuildAsync(new BriefingQuery(parse.GetValue(area)!, from, to, parse.GetValue(sinceLast)), who, ct).ConfigureAwait(false);
            if (outcome.Result is null)
            {
                Console.Error.WriteLine("error: " + outcome.Problem);
                return ExitCodes.Of(outcome.Kind);
            }
            if (parse.GetValue(record))
            {
                var held = await briefings.RecordHeldAsync(outcome, who, null, ct).ConfigureAwait(false);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recorded as held: briefing {held.Id}, {held.Since:yyyy-MM-dd HH:mm} to {held.Until:yyyy-MM-dd HH:mm}."));
            }
            if (parse.GetValue(output) is { } file)
            {
                var pdf = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
                if (!pdf && !file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    Console.Error.WriteLine("error: --output must end .pdf or .html.");
                    return ExitCodes.Error;
                }
                // The printout is built as a user not entitled to personal data would see it.
                var forPrint = who.PersonalDataEntitled ? await briefings.BuildAsync(new BriefingQuery(parse.GetValue(area)!, from, to, parse.GetValue(sinceLast)), who with { PersonalDataEntitled = false }, ct).ConfigureAwait(false) : outcome;
                var printed = await useCases.GetRequiredService<BriefingPrint>().RenderAsync(forPrint, pdf ? Reporting.Rendering.ReportFormat.Pdf : Reporting.Rendering.ReportFormat.Html, ct).ConfigureAwait(false);
                await File.WriteAllBytesAsync(file, printed.Content, ct).ConfigureAwait(false);
                Console.Error.WriteLine($"Wrote the printout to {file}.");
            }
            var contract = BriefingContract.From(outcome);
            if (parse.GetValue(format) == "json") Console.Out.WriteLine(JsonSerializer.Serialize(contract, CliEnvironment.Json));
            else Print(contract);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static bool TryTime(string? text, string option, out DateTime? value)
    {
        value = null;
        if (text is null) return true;
        if (DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            value = t;
            return true;
        }
        Console.Error.WriteLine($"error: {option} '{text}' is not YYYY-MM-DDTHH:MM (UK local time).");
        return false;
    }

    private static void Print(BriefingContract b)
    {
        var c = Output.Console;
        var culture = Output.Culture;
        if (b.DemonstrationData) c.MarkupLine("[yellow]" + Markup.Escape(b.DataLabel!) + "[/]");
        c.MarkupLine(Markup.Escape(string.Create(culture, $"Briefing for {b.Area} ({b.AreaCode}): {b.Since:ddd d MMM yyyy HH:mm} to {b.Until:ddd d MMM yyyy HH:mm}, {b.Total:N0} incidents") +
            (b.Untimed > 0 ? string.Create(culture, $" ({b.Untimed:N0} with no time, counted on their day)") : "") + "."));
        Table("Incidents by category", ["category", "count"], b.Incidents.Select(x => new[] { x.Category, x.Count.ToString("N0", culture) }));
        Table("By ward", ["ward", "count", "categories"], b.Places.Take(15).Select(p => new[] { p.Name, p.Count.ToString("N0", culture), string.Join(", ", p.Categories.Select(x => $"{x.Category} {x.Count}")) }));
        Table("Emerging hot spots", ["place", "ward", "category", "days", "recent", "expected", "p"],
            b.Emerging.Select(e => new[] { e.Place, e.Ward ?? "", e.Category, e.Window.ToString(culture), e.Recent.ToString(culture), e.Expected.ToString("0.0", culture), e.P.ToString("0.0e0", culture) }));
        c.MarkupLine("[grey]" + Markup.Escape(b.EmergingMethod) + "[/]");
        Table("Repeat locations (2 or more in 28 days, one since the last briefing)", ["location", "count", "since last"],
            b.RepeatLocations.Take(20).Select(r => new[] { r.LocationKey, r.Count.ToString(culture), r.SinceLastBriefing.ToString(culture) }));
        c.MarkupLine(Markup.Escape(string.Create(culture, $"Repeat victims or callers ({b.RepeatVictims.Minimum} or more in {b.RepeatVictims.Window} days): {b.RepeatVictims.Count}") +
            (b.RepeatVictims.KeysShown ? ": " + string.Join(", ", b.RepeatVictims.Keys.Select(k => $"{k.VictimKey} ({k.Count})")) : " (keys only with --victim-keys).")));
        Table("Near-repeat alerts", ["incident", "category", "when", "within", "until", "earlier nearby"],
            b.NearRepeatAlerts.Select(a => new[] { a.IncidentId, a.Category, a.When.ToString("dd/MM HH:mm", culture), $"{a.Metres:0} m", a.AlertUntil.ToString("dd/MM/yyyy", culture), a.EarlierNearby.ToString(culture) }));
        c.MarkupLine("[grey]" + Markup.Escape(b.NearRepeatMethod) + "[/]");
        Table("Tasks due (overdue first)", ["task", "what", "owner", "due", "status"],
            b.TasksDue.Select(t => new[] { t.Reference, t.What, t.OwnerAgency + (t.OwnerOfficer is { } o ? $" ({o})" : ""), t.Due.ToString("dd/MM/yyyy", culture) + (t.Overdue ? $" ({t.DaysOverdue} days overdue)" : ""), t.Status }));
    }

    private static void Table(string title, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            Output.Console.MarkupLine(Markup.Escape($"{title}: none."));
            return;
        }
        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Simple);
        foreach (var h in headers) table.AddColumn(Markup.Escape(h));
        foreach (var r in list) table.AddRow(r.Select(Markup.Escape).ToArray());
        Output.Console.Write(table);
    }
}
