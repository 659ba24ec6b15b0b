using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Csp.Workbench.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp case-review check --complaints FILE --application-date YYYY-MM-DD [--format table|json]</c>: the ASB Case Review
/// ("Community Trigger") threshold check with the partnership's settings (data/config/asb-case-settings.csv) and bank
/// holidays: which complaints qualify and why each does not, and when the acknowledgement and threshold decision are due;
/// and <c>csp case-review statistics</c>, the figures to publish.
/// </summary>
internal static class CaseReviewCommand
{
    public static Command Create(Option<string?> database)
    {
        var complaints = new Option<string>("--complaints") { Description = "CSV of the complaints the application relies on: reported_on,behaviour_on,agency (dates yyyy-MM-dd or dd/MM/yyyy).", Required = true };
        var applicationDate = new Option<string>("--application-date") { Description = "The day the application was received, yyyy-MM-dd (day 0 of the timescales).", Required = true };
        var format = FormatOption.Create("table", "json");
        var check = new Command("check", "Check an application against the threshold (qualifying complaints) and give its due dates in working days.") { complaints, applicationDate, format };
        check.SetAction(parse =>
        {
            var path = parse.GetValue(complaints)!;
            if (!DateOnly.TryParseExact(parse.GetValue(applicationDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var received))
            {
                Console.Error.WriteLine($"error: --application-date '{parse.GetValue(applicationDate)}' is not a date as yyyy-MM-dd.");
                return ExitCodes.Error;
            }
            if (CaseReviewChecks.ReadComplaints(path) is not { } read)
            {
                Console.Error.WriteLine($"error: {path}: no such file.");
                return ExitCodes.InputRejected;
            }
            var checks = new CaseReviewChecks(AsbCaseConfiguration.Load(CliEnvironment.Home));
            foreach (var issue in checks.ConfigurationIssues) Console.Error.WriteLine("warning: " + issue);
            foreach (var issue in read.Issues) Console.Error.WriteLine("quarantined: " + issue);
            var result = checks.Check(received, read.Complaints);
            if (parse.GetValue(format) == "json")
            {
                var node = JsonSerializer.SerializeToNode(result, CliEnvironment.Json)!.AsObject();
                node["quarantined"] = JsonSerializer.SerializeToNode(read.Issues.Select(i => i.ToString()).ToList(), CliEnvironment.Json);
                Console.Out.WriteLine(node.ToJsonString(CliEnvironment.Json));
            }
            else
            {
                foreach (var line in result.Lines()) Console.Out.WriteLine(line);
                if (read.Issues.Count > 0) Console.Out.WriteLine($"{read.Issues.Count} lines of the file were not read (see above): the check counts only the others.");
            }
            // A row not read may be a qualifying complaint: the answer stands for the rows read, and the exit code says some were not.
            return read.Issues.Count > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
        });
        return new Command("case-review", "The ASB Case Review (Community Trigger) under the Anti-social Behaviour, Crime and Policing Act 2014.") { check, Statistics(database) };
    }

    /// <summary><c>csp case-review statistics --financial-year YYYY [--suppress-below 5] [--format table|json]</c>: the figures a partnership publishes.</summary>
    private static Command Statistics(Option<string?> database)
    {
        var year = new Option<int>("--financial-year") { Description = "The financial year starting 1 April of this year (2025: April 2025 to March 2026).", Required = true };
        var suppress = new Option<int>("--suppress-below") { Description = "Withhold counts from 1 to this number less one (0 is shown).", DefaultValueFactory = _ => 5 };
        var format = FormatOption.Create("table", "json");
        var statistics = new Command("statistics", "The ASB Case Review figures to publish for a financial year: applications, threshold not met, reviews held, reviews with recommendations (small numbers withheld).") { year, suppress, format };
        statistics.SetAction(async (parse, ct) =>
        {
            var from = new DateOnly(parse.GetValue(year), 4, 1);
            var to = from.AddYears(1).AddDays(-1);
            var below = Math.Max(1, parse.GetValue(suppress));
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var figures = await useCases.GetRequiredService<AsbCases>().PublishedFiguresAsync(from, to, below, ct).ConfigureAwait(false);
            (string Name, string Words, Core.Reports.PublicCount Count)[] rows =
            [
                ("applicationsReceived", "Applications received", figures.ApplicationsReceived),
                ("thresholdNotMet", "Threshold not met", figures.ThresholdNotMet),
                ("reviewsHeld", "Reviews carried out", figures.ReviewsHeld),
                ("reviewsWithRecommendations", "Reviews resulting in recommendations", figures.ReviewsWithRecommendations),
            ];
            if (parse.GetValue(format) == "json")
            {
                // A withheld count is null, never its number: the JSON is as public as the table.
                var node = new JsonObject
                {
                    ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["suppressBelow"] = below,
                };
                foreach (var (name, _, count) in rows) node[name] = count.Value;
                node["withheld"] = new JsonArray(rows.Where(r => r.Count.Withheld).Select(r => (JsonNode)JsonValue.Create(r.Name)!).ToArray());
                Console.Out.WriteLine(node.ToJsonString(CliEnvironment.Json));
            }
            else
            {
                Console.Out.WriteLine($"ASB Case Reviews, {from.ToString("d MMMM yyyy", Output.Culture)} to {to.ToString("d MMMM yyyy", Output.Culture)}");
                foreach (var (_, words, count) in rows) Console.Out.WriteLine($"  {words}: {count.Text}");
                if (rows.Any(r => r.Count.Withheld)) Console.Out.WriteLine($"  {Core.Reports.CellText.SuppressedMark} withheld: fewer than {below} (or it would reveal one that is).");
            }
            return ExitCodes.Success;
        });
        return statistics;
    }
}
