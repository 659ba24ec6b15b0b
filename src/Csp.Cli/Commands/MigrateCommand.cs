using System.CommandLine;
using Csp.Storage;

namespace Csp.Cli.Commands;

/// <summary><c>csp migrate</c>: create the database or bring its schema up to date (every command also does this on first use).</summary>
internal static class MigrateCommand
{
    public static Command Create(Option<string?> database)
    {
        var command = new Command("migrate", "Create the database or upgrade its schema to the latest version, keeping its data.");
        command.SetAction(async (parse, ct) =>
        {
            var db = CliEnvironment.Database(parse.GetValue(database));
            var applied = await SchemaMigrator.MigrateAsync(db, ct).ConfigureAwait(false);
            Console.Out.WriteLine(applied.Count == 0 ? $"{db.Description}: schema is up to date." : $"{db.Description}: applied {string.Join(", ", applied)}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
