using System.CommandLine;
using System.Globalization;
using Csp.Cli.Bench;

namespace Csp.Cli.Commands;

/// <summary><c>csp bench import</c>: performance against the databases' own bulk loaders, measured in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input") { Description = "police.uk files to load. Default: ../shared/data/police-uk/all-forces beside the repository (about 1.4 million rows)." };
        var postgres = new Option<string?>("--postgres") { Description = "An empty PostgreSQL database to use; default: start a temporary server on 127.0.0.1." };
        var noPostgres = new Option<bool>("--no-postgres") { Description = "Measure SQLite only." };
        var noSqlite = new Option<bool>("--no-sqlite") { Description = "Measure PostgreSQL only." };
        var import = new Command("import", "Import all-forces police.uk data into SQLite and PostgreSQL and compare with sqlite3 .import and COPY.") { input, postgres, noPostgres, noSqlite };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(input) ?? Path.GetFullPath(Path.Combine(CliEnvironment.Home, "..", "shared", "data", "police-uk", "all-forces"));
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                Console.Error.WriteLine($"The benchmark data is not here: {path}. It is the all-forces police.uk sample kept outside the repository (../shared/data); give another with --input.");
                return ExitCodes.InputRejected;
            }
            var results = await new ImportBenchmark(Console.Out).RunAsync(path, parse.GetValue(postgres), parse.GetValue(noPostgres), parse.GetValue(noSqlite), ct).ConfigureAwait(false);
            Console.Out.WriteLine();
            Console.Out.WriteLine("Ours against the bare bulk loader of the same database (goal: at least 0.5):");
            for (var i = 0; i + 1 < results.Count; i += 2)
            {
                var (peer, ours) = (results[i], results[i + 1]);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ours.Loader}: {ours.RowsPerSecond:N0} rows/s vs {peer.RowsPerSecond:N0} rows/s = {ours.RowsPerSecond / peer.RowsPerSecond:F2}x"));
            }
            return ExitCodes.Success;
        });
        var assessInput = new Option<string?>("--input") { Description = "police.uk files. Default: ../shared/data/police-uk/all-forces beside the repository." };
        var rows = new Option<int>("--rows") { Description = "Tile the rows up to this many for the scaling figures.", DefaultValueFactory = _ => 10_000_000 };
        var assessNoPostgres = new Option<bool>("--no-postgres") { Description = "Compare with SQLite only." };
        var assess = new Command("assess", "The assessment of every district, and the aggregation under it from 1 to 10 million rows, against the same aggregation as SQL in SQLite and PostgreSQL.") { assessInput, rows, assessNoPostgres };
        assess.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(assessInput) ?? Path.GetFullPath(Path.Combine(CliEnvironment.Home, "..", "shared", "data", "police-uk", "all-forces"));
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                Console.Error.WriteLine($"The benchmark data is not here: {path}. It is the all-forces police.uk sample kept outside the repository (../shared/data); give another with --input.");
                return ExitCodes.InputRejected;
            }
            await new AssessBenchmark(Console.Out).RunAsync(path, CliEnvironment.Home, parse.GetValue(assessNoPostgres), parse.GetValue(rows), ct).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        var bench = new Command("bench", "Benchmarks that compare CSP Workbench with a peer in the same run.");
        bench.Subcommands.Add(import);
        bench.Subcommands.Add(assess);
        return bench;
    }
}
