using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Csp.Core.Briefing;
using Csp.Workbench.Briefing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp time-profile --area A --period FROM..TO [--category C ...] [--window 19:00-01:00] [--label TEXT] [--format table|json]</c>:
/// when an area's incidents happen, by hour, day of week and hour, month, in a window of the clock and around dated events.
/// </summary>
internal static class TimeProfileCommand
{
    public static Command Create(Option<string?> database)
    {
        var area = new Option<string>("--area") { Description = "ONS code or name of the area.", Required = true };
        var period = new Option<string>("--period") { Description = "Days YYYY-MM-DD..YYYY-MM-DD or months YYYY-MM..YYYY-MM, both ends included.", Required = true };
        var categories = new Option<string[]>("--category") { Description = "Incident categories to count (repeat the option); default all.", AllowMultipleArgumentsPerToken = true };
        var window = new Option<string?>("--window") { Description = "A stretch of the clock whose share is wanted, HH:MM-HH:MM (start included, end excluded; 19:00-01:00 spans midnight)." };
        var label = new Option<string?>("--label") { Description = "What the findings call the incidents, e.g. \"violence against the person\"." };
        var format = FormatOption.Create("table", "json");
        var command = new Command("time-profile", "When incidents happen: by hour of day and day of week, by month, the share in a window of the clock, and around dated events (Halloween, Bonfire Night, Christmas, school holidays).")
        {
            area, period, categories, window, label, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryPeriod(parse.GetValue(period)!, out var from, out var to))
            {
                Console.Error.WriteLine("error: --period is not YYYY-MM-DD..YYYY-MM-DD or YYYY-MM..YYYY-MM.");
                return ExitCodes.Error;
            }
            TimeOfDayWindow? clock = null;
            if (parse.GetValue(window) is { } w)
            {
                if (!TimeOfDayWindow.TryParse(w, out var parsed))
                {
                    Console.Error.WriteLine($"error: --window '{w}' is not HH:MM-HH:MM with different start and end (e.g. 19:00-01:00).");
                    return ExitCodes.Error;
                }
                clock = parsed;
            }
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var chosen = parse.GetValue(categories) is { Length: > 0 } c ? c : null;
            var outcome = await useCases.GetRequiredService<TimeProfiles>().ComputeAsync(parse.GetValue(area)!, from, to, chosen, clock, ct, parse.GetValue(label)).ConfigureAwait(false);
            if (outcome.Result is not { } r)
            {
                Console.Error.WriteLine("error: " + outcome.Problem);
                return ExitCodes.Of(outcome.Kind);
            }
            foreach (var issue in outcome.EventIssues) Console.Error.WriteLine("warning: " + issue);
            var demo = outcome.Incidents!.IsDemo;
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    area = outcome.Incidents.Area.Name, areaCode = outcome.Incidents.Area.Code, from = r.From, to = r.To, categories = r.Categories, total = r.Total,
                    unknownTime = r.UnknownTime, byHour = r.ByHour, byWeekdayHour = r.ByWeekdayHour, byMonth = r.ByMonth, window = r.Window, events = r.Events,
                    findings = r.Findings, demonstrationData = demo, dataLabel = demo ? PlacedIncidents.DemoLabel : null,
                }, CliEnvironment.Json));
                return ExitCodes.Success;
            }
            Print(outcome, r, demo);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static bool TryPeriod(string text, out DateOnly from, out DateOnly to)
    {
        from = to = default;
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return false;
        if (DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out to)) return to >= from;
        if (DateOnly.TryParseExact(parts[0] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from)
            && DateOnly.TryParseExact(parts[1] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
        {
            to = last.AddMonths(1).AddDays(-1);
            return to >= from;
        }
        return false;
    }

    private static void Print(TimeProfileOutcome outcome, TimeProfileResult r, bool demo)
    {
        var c = Output.Console;
        var culture = Output.Culture;
        if (demo) c.MarkupLine("[yellow]" + Markup.Escape(PlacedIncidents.DemoLabel) + "[/]");
        c.MarkupLine(Markup.Escape(string.Create(culture, $"{outcome.Incidents!.Area.Name}: {r.Total:N0} incidents from {r.From:d MMM yyyy} to {r.To:d MMM yyyy} ({string.Join(", ", r.Categories)}).")));
        foreach (var f in r.Findings) c.MarkupLine(Markup.Escape("- " + f));
        var table = new Table().Title("Incidents by day of week and hour (with a recorded time)").Border(TableBorder.Simple);
        table.AddColumn("day");
        for (var h = 0; h < 24; h++) table.AddColumn(new TableColumn(h.ToString("00", CultureInfo.InvariantCulture)).RightAligned());
        string[] days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        for (var d = 0; d < 7; d++) table.AddRow([days[d], .. r.ByWeekdayHour[d].Select(n => n.ToString(culture))]);
        table.AddRow(["all", .. r.ByHour.Select(n => n.ToString(culture))]);
        c.Write(table);
        var months = new Table().Title("By month of year (every incident)").Border(TableBorder.Simple);
        for (var m = 1; m <= 12; m++) months.AddColumn(new TableColumn(culture.DateTimeFormat.GetAbbreviatedMonthName(m)).RightAligned());
        months.AddRow(r.ByMonth.Select(n => n.ToString(culture)).ToArray());
        c.Write(months);
    }
}
