using System.CommandLine;
using System.Text.Json;
using Csp.Reporting.Rendering;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp case subject-access --person ID --format html|pdf|docx|json [--out FILE]</c> and
/// <c>csp case erase --person ID [--dry-run] [--format table|json]</c>: a data protection request about one person in the
/// ASB case records (README, "Data protection"). Whoever runs the CLI has the database, as an administrator does; each is
/// audited under "csp (their login)".
/// </summary>
internal static class CaseDataProtectionCommands
{
    private static Actor Actor => new("csp (" + Environment.UserName + ")", null);

    public static Command SubjectAccess(Option<string?> database)
    {
        var person = new Option<long>("--person") { Description = "The person's record id (as the audit log and /admin/people show it).", Required = true };
        var format = FormatOption.Create("json", "html", "pdf", "docx");
        var output = new Option<string?>("--out") { Description = "The file to write (needed for html, pdf and docx; JSON goes to standard output without it)." };
        var command = new Command("subject-access", "A subject access export: every record about one person in the ASB cases, other people's details withheld; audited.") { person, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            if (chosen != "json" && path is null)
            {
                Console.Error.WriteLine($"error: --format {chosen} needs --out FILE.");
                return ExitCodes.Error;
            }
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var id = parse.GetValue(person);
            if (chosen == "json")
            {
                var record = await useCases.GetRequiredService<AsbCases>().SubjectAccessAsync(Actor, id, "json", ct).ConfigureAwait(false);
                if (record is null) return NoSuchPerson(id);
                var json = JsonSerializer.Serialize(record, CliEnvironment.Json);
                if (path is null) Console.Out.WriteLine(json);
                else
                {
                    await File.WriteAllTextAsync(path, json, ct).ConfigureAwait(false);
                    Console.Out.WriteLine($"Wrote {path}: the subject access export of person {id} ({record.Cases.Count} cases).");
                }
                return ExitCodes.Success;
            }
            var file = await useCases.GetRequiredService<SubjectAccessExports>().RenderAsync(Actor, id, Enum.Parse<ReportFormat>(chosen, ignoreCase: true), ct).ConfigureAwait(false);
            if (file is null) return NoSuchPerson(id);
            await File.WriteAllBytesAsync(path!, file.Content, ct).ConfigureAwait(false);
            Console.Out.WriteLine($"Wrote {path}: {file.Title} ({file.Content.Length:N0} bytes). Read it before it is released.");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Erase(Option<string?> database)
    {
        var person = new Option<long>("--person") { Description = "The person's record id.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say whether the person may be erased and which cases would be anonymised; change nothing." };
        var format = FormatOption.Create("table", "json");
        var command = new Command("erase",
            "Erase a person on request where the law allows: refused (with the reasons) while they are on an open case, an intervention on their cases is in force or a Case Review is in progress; audited.")
        {
            person, dryRun, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var id = parse.GetValue(person);
            var outcome = await useCases.GetRequiredService<AsbCases>().EraseAsync(Actor, id, parse.GetValue(dryRun), ct).ConfigureAwait(false);
            if (outcome is null) return NoSuchPerson(id);
            if (parse.GetValue(format) == "json") Console.Out.WriteLine(JsonSerializer.Serialize(outcome, CliEnvironment.Json));
            else
            {
                var cases = outcome.Cases.Count == 0 ? "no case left to anonymise" : $"case(s) {string.Join(", ", outcome.Cases)}";
                Console.Out.WriteLine(
                    !outcome.Allowed ? $"Person {id} may not be erased{(outcome.DryRun ? "" : ": refused")}:"
                    : outcome.AlreadyErased ? $"Person {id} was erased before: nothing left to do."
                    : outcome.DryRun ? $"Person {id} may be erased: the record and {cases} would be anonymised."
                    : $"Person {id} erased: the record and {cases} anonymised.");
                foreach (var reason in outcome.Reasons) Console.Out.WriteLine("  " + reason);
            }
            return outcome.Allowed || outcome.DryRun ? ExitCodes.Success : ExitCodes.InputRejected;
        });
        return command;
    }

    private static int NoSuchPerson(long id)
    {
        Console.Error.WriteLine($"error: there is no person's record {id} (/admin/people finds one by name).");
        return ExitCodes.InputRejected;
    }
}
