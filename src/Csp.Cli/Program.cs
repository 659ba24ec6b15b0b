using System.CommandLine;
using Csp.Cli;
using Csp.Cli.Commands;

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
root.Subcommands.Add(BenchCommand.Create());

try
{
    return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
    return ExitCodes.Error;
}
