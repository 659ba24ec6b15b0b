using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Csp.Core.Reports;
using Csp.Workbench.Accounts;
using Csp.Workbench.Publishing;
using Csp.Workbench.Strategy;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp publish strategy|performance|case-review|list</c>: what the partnership publishes on its public page
/// (<c>/public</c>, no sign-in), all through one use case (<see cref="Publications"/>): the strategy with its Strategy on a
/// Page (also <c>csp strategy publish</c>, an alias), the quarterly performance report of an area, the ASB Case Review
/// statistics of a financial year, and the list of what is published with the dates. Each publication and withdrawal is
/// the explicit action of the machine's user as an administrator, audited.
/// </summary>
internal static class PublishCommand
{
    public static Command Create(Option<string?> database) =>
        new("publish", "Publish to the public page (/public, no sign-in): the strategy, the performance report, the ASB Case Review statistics; list what is published.")
        {
            Strategy(database, "strategy"), Performance(database), CaseReview(database), List(database),
        };

    /// <summary>
    /// Publishes the strategy and its Strategy on a Page (or with --withdraw takes them down): <c>csp publish strategy</c>,
    /// and <c>csp strategy publish</c> by the same builder. JSON: published, strategy (the version's id), title,
    /// publishedBy, publishedAt, paths.
    /// </summary>
    internal static Command Strategy(Option<string?> database, string name)
    {
        var id = StrategyCommand.StrategyOption();
        var withdraw = new Option<bool>("--withdraw") { Description = "Take the published strategy down instead." };
        var format = FormatOption.Create("table", "json");
        var publish = new Command(name,
            "Publish the strategy and its Strategy on a Page to the public page (/public/strategy), frozen as they stand now (audited); --withdraw takes them down.") { id, withdraw, format };
        publish.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var publications = useCases.GetRequiredService<Publications>();
            var change = parse.GetValue(withdraw)
                ? await publications.WithdrawAsync(By, Publications.Strategy, ct).ConfigureAwait(false)
                : await publications.PublishStrategyAsync(By, parse.GetValue(id), ct).ConfigureAwait(false);
            if (!change.Done)
            {
                foreach (var e in change.Errors) Console.Error.WriteLine("error: " + e);
                return ExitCodes.InputRejected;
            }
            var current = await publications.CurrentAsync(Publications.Strategy, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    published = current is not null,
                    strategy = change.Id,
                    title = current?.Title,
                    publishedBy = current?.PublishedBy,
                    publishedAt = current?.PublishedAt,
                    paths = current is null ? [] : new[] { Publications.PathOf(Publications.Strategy), Publications.PathOf(Publications.StrategyOnAPage) },
                }, CliEnvironment.Json));
            }
            else
            {
                Console.Out.WriteLine(current is null ? "Withdrawn: the public page shows nothing." : $"Published {current.Title} at /public/strategy and /public/strategy/page.");
            }
            return ExitCodes.Success;
        });
        return publish;
    }

    private static Command Performance(Option<string?> database)
    {
        var area = new Option<string?>("--area") { Description = "The partnership, district or force area: an ONS code (E22000352) or a name." };
        var quarter = new Option<string?>("--quarter") { Description = "The quarter, as 2025-Q2 (April-June 2025, against April-June 2024)." };
        var withdraw = new Option<bool>("--withdraw") { Description = "Take the published performance report down instead." };
        var format = FormatOption.Create("table", "json");
        var classification = new Option<string>("--classification")
        {
            Description = "public (Part 1, the default: the only report that is published); restricted (Part 2) is refused: it is never published.",
            DefaultValueFactory = _ => "public",
        };
        classification.AcceptOnlyFromAmong("public", "restricted");
        var command = new Command("performance",
            "Publish the quarterly performance report of an area to /public/performance, frozen as it stands now (audited), replacing the one published; --withdraw takes it down.")
            { area, quarter, withdraw, format, classification };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(withdraw) && (string.IsNullOrWhiteSpace(parse.GetValue(area)) || string.IsNullOrWhiteSpace(parse.GetValue(quarter))))
            {
                Console.Error.WriteLine("error: give --area and --quarter (2025-Q2), or --withdraw.");
                return ExitCodes.Error;
            }
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var summaries = useCases.GetRequiredService<Publications>();
            var change = parse.GetValue(withdraw)
                ? await summaries.WithdrawAsync(By, Publications.Performance, ct).ConfigureAwait(false)
                : await summaries.PublishPerformanceAsync(By, parse.GetValue(area)!, parse.GetValue(quarter)!,
                    parse.GetValue(classification) == "restricted" ? Classification.Restricted() : Classification.Public(), ct).ConfigureAwait(false);
            return await AnswerAsync(summaries, Publications.Performance, change, parse.GetValue(format)!, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Command CaseReview(Option<string?> database)
    {
        var year = new Option<int?>("--financial-year") { Description = "The financial year starting 1 April of this year (2025: April 2025 to March 2026); it must have ended." };
        var withdraw = new Option<bool>("--withdraw") { Description = "Take the published statistics down instead." };
        var format = FormatOption.Create("table", "json");
        var command = new Command("case-review",
            $"Publish the ASB Case Review statistics of a financial year to /public/case-review (counts from 1 to {Publications.SuppressBelow - 1} withheld; audited), replacing those published; --withdraw takes them down.")
            { year, withdraw, format };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(withdraw) && parse.GetValue(year) is null)
            {
                Console.Error.WriteLine("error: give --financial-year (2025 for April 2025 to March 2026), or --withdraw.");
                return ExitCodes.Error;
            }
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var summaries = useCases.GetRequiredService<Publications>();
            var change = parse.GetValue(withdraw)
                ? await summaries.WithdrawAsync(By, Publications.CaseReviewStatistics, ct).ConfigureAwait(false)
                : await summaries.PublishCaseReviewStatisticsAsync(By, parse.GetValue(year)!.Value, ct).ConfigureAwait(false);
            return await AnswerAsync(summaries, Publications.CaseReviewStatistics, change, parse.GetValue(format)!, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Command List(Option<string?> database)
    {
        var format = FormatOption.Create("table", "json");
        var command = new Command("list", "What the public page (/public) shows now: each item published, its period, address, and who published it when.") { format };
        command.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var items = await useCases.GetRequiredService<Publications>().ListAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(items.Select(i => new
                {
                    kind = i.Kind, title = i.Title, period = i.Period, path = i.Path, publishedBy = i.PublishedBy, publishedAt = i.PublishedAt,
                }), CliEnvironment.Json));
                return ExitCodes.Success;
            }
            if (items.Count == 0)
            {
                Console.Out.WriteLine("Nothing is published: the public page (/public) lists nothing.");
                return ExitCodes.Success;
            }
            var rows = items.Select(i => new[] { i.Kind, i.Title, i.Period, i.Path, i.PublishedBy, i.PublishedAt.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) }).ToList();
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumns("Kind", "Title", "Period", "Address", "Published by", "Published at");
            foreach (var r in rows) table.AddRow(r.Select(Markup.Escape).ToArray());
            Output.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The machine's user, as an administrator: the CLI is run by whoever holds the database file.</summary>
    private static PlanUser By => new(Environment.UserName, [Roles.Administrator]);

    private static async Task<int> AnswerAsync(Publications summaries, string kind, PlanChange change, string format, CancellationToken ct)
    {
        if (!change.Done)
        {
            foreach (var e in change.Errors) Console.Error.WriteLine("error: " + e);
            return ExitCodes.InputRejected;
        }
        var current = await summaries.CurrentAsync(kind, ct).ConfigureAwait(false);
        if (format == "json")
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                published = current is not null,
                kind,
                subject = current?.Subject,
                period = current?.Period,
                title = current?.Title,
                publishedBy = current?.PublishedBy,
                publishedAt = current?.PublishedAt,
                path = current is null ? null : Publications.PathOf(kind),
            }, CliEnvironment.Json));
        }
        else
        {
            Console.Out.WriteLine(current is null ? $"Withdrawn: {Publications.PathOf(kind)} shows nothing." : $"Published {current.Title} at {Publications.PathOf(kind)}.");
        }
        return ExitCodes.Success;
    }
}
