using System.CommandLine;
using System.Text.Json;
using Csp.Workbench.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp case retention [--dry-run] [--format table|json]</c>: the retention job of the ASB cases (the web app runs it
/// every day): closed cases past the partnership's retention period anonymised, and the people on no kept case. Also
/// <c>csp case subject-access</c> and <c>csp case erase</c> (<see cref="CaseDataProtectionCommands"/>).
/// </summary>
internal static class CaseCommand
{
    public static Command Create(Option<string?> database)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Say which cases and how many people are due, and change nothing." };
        var format = FormatOption.Create("table", "json");
        var retention = new Command("retention", "Anonymise closed ASB cases past the retention period (retention_years in data/config/asb-case-settings.csv, default 6) and the people on no kept case; audited.")
        {
            dryRun, format,
        };
        retention.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var cases = useCases.GetRequiredService<AsbCases>();
            foreach (var issue in cases.Configuration.Issues) Console.Error.WriteLine("warning: " + issue);
            var outcome = await cases.ApplyRetentionAsync("retention (" + Environment.UserName + ")", parse.GetValue(dryRun), ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(outcome, CliEnvironment.Json));
                return ExitCodes.Success;
            }
            var verb = outcome.DryRun ? "would be anonymised" : "anonymised";
            Console.Out.WriteLine($"Retention {outcome.RetentionYears} years: cases closed on or before {outcome.Cutoff:yyyy-MM-dd} are due (today {outcome.Today:yyyy-MM-dd}).");
            Console.Out.WriteLine($"{outcome.Cases.Count} case(s) {verb}{(outcome.Cases.Count == 0 ? "" : ": " + string.Join(", ", outcome.Cases))}; {outcome.People} person record(s) {verb}.");
            return ExitCodes.Success;
        });
        var command = new Command("case", "ASB case housekeeping and data protection requests.")
        {
            retention, CaseDataProtectionCommands.SubjectAccess(database), CaseDataProtectionCommands.Erase(database),
        };
        return command;
    }
}
