using System.CommandLine;
using Csp.Cli;
using Csp.Cli.Commands;
using Csp.Storage.Diagnostics;

StartupTrace.Mark("main entered (the runtime started)");

var database = new Option<string?>("--database")
{
    Description = "SQLite file path or PostgreSQL connection string (Host=...;Database=...). Default: $CSP_DATABASE, else data/db/csp.sqlite.",
    Recursive = true,
};
var root = new RootCommand("CSP Workbench: the Community Safety Partnership's data, assessment and reports.") { database };
root.Subcommands.Add(ImportCommand.Create(database));
root.Subcommands.Add(StatusCommand.Create(database));
root.Subcommands.Add(MigrateCommand.Create(database));
root.Subcommands.Add(AreasCommand.Create(database));
root.Subcommands.Add(AssessCommand.Create(database));
root.Subcommands.Add(ReportCommand.Create(database));
root.Subcommands.Add(NearRepeatCommand.Create(database));
root.Subcommands.Add(HotSpotsCommand.Create(database));
root.Subcommands.Add(CaseReviewCommand.Create(database));
root.Subcommands.Add(CaseCommand.Create(database));
root.Subcommands.Add(BriefingCommand.Create(database));
root.Subcommands.Add(TaskingCommand.Create(database));
root.Subcommands.Add(TimeProfileCommand.Create(database));
root.Subcommands.Add(SurveyCommand.Create(database));
root.Subcommands.Add(PerformanceCommand.Create(database));
root.Subcommands.Add(StrategyCommand.Create(database));
root.Subcommands.Add(PublishCommand.Create(database));
root.Subcommands.Add(ActionPlanCommand.Create(database));
root.Subcommands.Add(MeetingCommand.Create(database));
root.Subcommands.Add(ServeCommand.Create(database));

try
{
    StartupTrace.Mark("commands built");
    var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
    StartupTrace.Mark("command finished");
    return exitCode;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
    return ExitCodes.Error;
}
catch (Csp.Workbench.Imports.ImportInterruptedException e)
{
    // The file, what was kept and what to do are in the message.
    await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
    return ExitCodes.Error;
}
catch (Exception e) when (Environment.GetEnvironmentVariable("CSP_DEBUG") is null)
{
    // Unexpected failures: the message (with the context the code put in it), not a stack trace. CSP_DEBUG=1 shows it.
    await Console.Error.WriteLineAsync($"error: {e.Message}{(e.InnerException is { } inner ? " (" + inner.Message + ")" : "")}").ConfigureAwait(false);
    return ExitCodes.Error;
}
