using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Csp.Workbench.Cases;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp case-review check --complaints FILE --application-date YYYY-MM-DD [--format table|json]</c>: the ASB Case Review
/// ("Community Trigger") threshold check with the partnership's settings (data/config/asb-case-settings.csv) and bank
/// holidays: which complaints qualify and why each does not, and when the acknowledgement and threshold decision are due.
/// </summary>
internal static class CaseReviewCommand
{
    public static Command Create()
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
        return new Command("case-review", "The ASB Case Review (Community Trigger) under the Anti-social Behaviour, Crime and Policing Act 2014.") { check };
    }
}
