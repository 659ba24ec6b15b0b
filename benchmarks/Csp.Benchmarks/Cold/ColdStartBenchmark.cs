using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using Csp.Storage;
using Csp.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Benchmarks.Cold;

/// <summary>
/// <c>csp bench cold</c>: each command an analyst runs (assess, hotspots, report as HTML, Word, Excel and PDF, serve until
/// it answers) started as a fresh process, as the analyst starts it, N times after a warm-up; wall clock, CPU time and
/// peak resident memory of each run (from <c>/usr/bin/time</c>), beside the same command run warm inside this process
/// (its code compiled and its files in the page cache; the data is still read from the database on every run, as the
/// command does). With <c>--against</c>, another build of the CLI (e.g. main's) runs the same commands in turn with ours,
/// run for run, so that both see the same load. Every run works on one temporary copy of a SQLite database.
/// </summary>
internal sealed class ColdStartBenchmark(TextWriter output)
{
    /// <param name="PrintFloor">A PDF command: Chromium's own <c>--print-to-pdf</c> of the same report's HTML is run beside it (<see cref="PrintFloorAsync"/>).</param>
    public sealed record Command(string Name, string[] Args, bool Serve = false, bool PrintFloor = false);

    /// <summary>
    /// One fresh process: wall clock from start to exit (serve: to its first healthy answer), CPU (user + system) and peak
    /// RSS; serve also <paramref name="DashboardSeconds"/>: from start until the dashboard of the default area answers 200
    /// with its figures (after /health, the administrator signed in as a user would be).
    /// </summary>
    public readonly record struct ColdRun(double WallSeconds, double CpuSeconds, long PeakKilobytes, double? DashboardSeconds = null);

    /// <summary>The first administrator's password for every serve run of one bench (the first run creates the account, the others sign in with it).</summary>
    private static readonly string AdminPassword = "bench-cold-" + Guid.NewGuid().ToString("N");

    public static IReadOnlyList<Command> Commands(string area, string period, string baseline, string outFolder) =>
    [
        new("assess", ["assess", "--area", area, "--period", period, "--baseline", baseline]),
        new("hotspots", ["hotspots", "--area", area, "--period", period, "--baseline", baseline, "--cell-size", "250"]),
        .. new[] { "html", "docx", "xlsx", "pdf" }.Select(f => new Command("report " + f,
            ["report", "assessment", "--area", area, "--period", period, "--baseline", baseline, "--format", f, "--out", Path.Combine(outFolder, "report." + f)],
            PrintFloor: f == "pdf")),
        new("serve", ["serve", "--no-sample"], Serve: true),
    ];

    public async Task RunAsync(CspDatabase source, string home, string ours, string? against, IReadOnlyList<Command> commands, int runs, CancellationToken cancellationToken)
    {
        if (source.Provider != DatabaseProvider.Sqlite) throw new InvalidOperationException("csp bench cold copies a SQLite database to work on; give --database a SQLite file.");
        if (!File.Exists("/usr/bin/time")) throw new InvalidOperationException("csp bench cold measures each process with /usr/bin/time (Debian package time): apt-get install time.");
        var folder = Directory.CreateTempSubdirectory("csp-bench-cold-").FullName;
        try
        {
            var copy = await CopyAsync(source, folder, cancellationToken).ConfigureAwait(false);
            var builds = new List<(string Label, string Dll)> { ("ours", ours) };
            if (against is not null) builds.Add(("against", against));
            output.WriteLine($"Cold start: each command as a fresh process as ./csp starts it (a self-contained build by its executable, else dotnet CSP.DLL), 1 warm-up then {runs} runs, median [min-max]; CPU = user + system of the process;");
            output.WriteLine("peak RSS of the process; warm = the same command inside this process after a warm-up (code compiled, data read from the database each run;");
            output.WriteLine("CPU of this whole process during the run).");
            output.WriteLine($"ours: {string.Join(' ', BenchEnvironment.CliCommand(ours))}");
            if (against is not null) output.WriteLine($"against: {string.Join(' ', BenchEnvironment.CliCommand(against))}");
            output.WriteLine($"database: a copy of {source.Description}; machine: {Environment.ProcessorCount} cores; load at start {Load()}");
            output.WriteLine();
            var rows = new List<string>();
            foreach (var command in commands)
            {
                var cold = builds.ToDictionary(b => b.Label, _ => new List<ColdRun>());
                var loadBefore = Load();
                // One warm-up of each build (page cache, the database's first-run writes of serve), then the builds in turn, run for run.
                foreach (var (label, dll) in builds) await ColdAsync(dll, home, copy, command, cancellationToken).ConfigureAwait(false);
                var floor = new List<ColdRun>();
                var floorPage = command.PrintFloor ? await FloorPageAsync(ours, home, copy, command, folder, cancellationToken).ConfigureAwait(false) : null;
                if (floorPage is not null) await PrintFloorAsync(floorPage, folder, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < runs; i++)
                {
                    foreach (var (label, dll) in builds) cold[label].Add(await ColdAsync(dll, home, copy, command, cancellationToken).ConfigureAwait(false));
                    if (floorPage is not null) floor.Add(await PrintFloorAsync(floorPage, folder, cancellationToken).ConfigureAwait(false));
                }
                var warm = await WarmAsync(home, copy, command, runs, cancellationToken).ConfigureAwait(false);
                var row = $"| {command.Name}{(command.Serve ? " (until /health answers)" : "")} | {Describe(cold["ours"])} | {Seconds(warm.Wall)}; CPU {Median(warm.Cpu).ToString("F2", CultureInfo.InvariantCulture)} s |" +
                          (against is null ? "" : $" {Describe(cold["against"])} | {Ratio(cold["against"], cold["ours"])} |") + $" {loadBefore} / {Load()} |";
                rows.Add(row);
                output.WriteLine(row);
                if (floorPage is not null)
                {
                    // What bounds the PDF: Chromium alone printing the finished page, from its start to its exit (no data read, no report built).
                    var ratio = Median(floor.Select(r => r.WallSeconds).ToList()) / Median(cold["ours"].Select(r => r.WallSeconds).ToList());
                    row = $"| {command.Name}: Chromium's own `--print-to-pdf` of the same report's HTML, from its start (the floor) | {Describe(floor)} |" +
                          string.Create(CultureInfo.InvariantCulture, $" (the floor's wall is {ratio:F2}x our whole command's) |") +
                          (against is null ? "" : " | |") + $" {loadBefore} / {Load()} |";
                    rows.Add(row);
                    output.WriteLine(row);
                }
                if (command.Serve)
                {
                    // Ready as a user sees it: the dashboard of the default area with its figures (CPU and RSS are the run's, to /health).
                    static List<ColdRun> Dashboard(List<ColdRun> runs) => runs.Select(r => r with { WallSeconds = r.DashboardSeconds!.Value }).ToList();
                    row = $"| {command.Name} (until the dashboard answers) | {Seconds(Dashboard(cold["ours"]).Select(r => r.WallSeconds).ToList())} | {Seconds(warm.Dashboard)} |" +
                          (against is null ? "" : $" {Seconds(Dashboard(cold["against"]).Select(r => r.WallSeconds).ToList())} | {Ratio(Dashboard(cold["against"]), Dashboard(cold["ours"]))} |") +
                          $" {loadBefore} / {Load()} |";
                    rows.Add(row);
                    output.WriteLine(row);
                }
            }
            output.WriteLine();
            output.WriteLine("| command | cold: wall; CPU; peak RSS | warm in-process: wall; CPU |" + (against is null ? "" : " against, cold: wall; CPU; peak RSS | wall ours vs against |") + " load (1 min) before / after |");
            output.WriteLine("|---|---|---|" + (against is null ? "" : "---|---|") + "---|");
            foreach (var row in rows) output.WriteLine(row);
            output.WriteLine();
            output.WriteLine($"Load average at the end: {Load()} (1, 5, 15 min) on {Environment.ProcessorCount} cores.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The database copied into the bench's folder (after folding in its write-ahead log), so serve's first-run writes stay out of it.</summary>
    private static async Task<string> CopyAsync(CspDatabase source, string folder, CancellationToken cancellationToken)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(source.ConnectionString).DataSource;
        await using (var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        var copy = Path.Combine(folder, "bench.sqlite");
        File.Copy(file, copy);
        return copy;
    }

    /// <summary>One fresh process under /usr/bin/time; a failure stops the bench with what the command printed.</summary>
    private static async Task<ColdRun> ColdAsync(string dll, string home, string database, Command command, CancellationToken cancellationToken)
    {
        var times = Path.Combine(Path.GetDirectoryName(database)!, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-f", "%U %S %M", "-o", times }.Concat(BenchEnvironment.CliCommand(dll))) start.ArgumentList.Add(a);
        var args = command.Args.ToList();
        var port = 0;
        if (command.Serve)
        {
            port = FreePort();
            args.AddRange(["--urls", $"http://127.0.0.1:{port}"]);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CSP_HOME"] = home;
        start.Environment["CSP_DATABASE"] = database;
        start.Environment["CSP_ADMIN_PASSWORD"] = AdminPassword;
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        double wall;
        double? dashboard = null;
        if (command.Serve)
        {
            try
            {
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                while (true)
                {
                    if (process.HasExited) throw new InvalidOperationException($"{string.Join(' ', args)} exited with {process.ExitCode} before answering: {await stderr.ConfigureAwait(false)}");
                    try
                    {
                        using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health"), cancellationToken).ConfigureAwait(false);
                        if (response.StatusCode == HttpStatusCode.OK) break;
                    }
                    catch (HttpRequestException)
                    {
                        // Not listening yet.
                    }
                    await Task.Delay(5, cancellationToken).ConfigureAwait(false);
                    if (stopwatch.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("serve did not answer /health within 2 minutes.");
                }
                wall = stopwatch.Elapsed.TotalSeconds;
                await DashboardAsync(new Uri($"http://127.0.0.1:{port}"), cancellationToken).ConfigureAwait(false);
                dashboard = stopwatch.Elapsed.TotalSeconds;
                // Stop it as Ctrl+C would: SIGTERM to the CLI's process (the child of /usr/bin/time), which then reports.
                var children = File.ReadAllText($"/proc/{process.Id}/task/{process.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var child in children) _ = Kill(int.Parse(child, CultureInfo.InvariantCulture), 15);
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch when (!process.HasExited)
            {
                // A run that failed leaves no server behind (it would hold its port and the copy of the database).
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
        else
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            wall = stopwatch.Elapsed.TotalSeconds;
            if (process.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', args)} exited with {process.ExitCode}: {await stderr.ConfigureAwait(false)}");
        }
        await stdout.ConfigureAwait(false);
        var fields = File.ReadAllLines(times).Last(l => l.Length > 0).Split(' ');
        return new ColdRun(wall, double.Parse(fields[0], CultureInfo.InvariantCulture) + double.Parse(fields[1], CultureInfo.InvariantCulture),
            long.Parse(fields[2], CultureInfo.InvariantCulture), dashboard);
    }

    /// <summary>The report of a PDF command written as HTML by our build, once: the page Chromium's own print is timed on.</summary>
    private static async Task<string> FloorPageAsync(string ours, string home, string database, Command command, string folder, CancellationToken cancellationToken)
    {
        var page = Path.Combine(folder, "floor.html");
        var args = command.Args.ToArray();
        args[Array.IndexOf(args, "--format") + 1] = "html";
        args[Array.IndexOf(args, "--out") + 1] = page;
        await ColdAsync(ours, home, database, command with { Args = args }, cancellationToken).ConfigureAwait(false);
        return page;
    }

    /// <summary>
    /// Chromium's own headless print of <paramref name="page"/> (<c>--print-to-pdf</c>, its defaults, no header or footer),
    /// the browser our reports use with the flags ours is started with (<see cref="Csp.Chromium.HeadlessChromium.BrowserFlags"/>),
    /// a new profile where ours makes it (/dev/shm unless TMPDIR is set), under /usr/bin/time: wall clock from its start to
    /// its exit (its own orderly shutdown, where ours is killed), CPU of the browser and the helpers it waited for, peak RSS
    /// of the largest of them. The folder is named as ours are, so a run stopped part way leaves nothing the next sweep misses.
    /// </summary>
    private static async Task<ColdRun> PrintFloorAsync(string page, string folder, CancellationToken cancellationToken)
    {
        var root = Directory.Exists("/dev/shm") && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TMPDIR")) ? "/dev/shm" : Path.GetTempPath();
        var profile = Path.Combine(root, "csp-chromium-" + Guid.NewGuid().ToString("N")[..12]);
        var times = Path.Combine(folder, "floor-time.txt");
        var pdf = Path.Combine(folder, "floor.pdf");
        File.Delete(pdf);
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-f", "%U %S %M", "-o", times, new Csp.Chromium.ChromiumOptions().ResolveExecutablePath() }
            .Concat(Csp.Chromium.HeadlessChromium.BrowserFlags)
            .Concat(["--no-pdf-header-footer", "--user-data-dir=" + Path.Combine(profile, "profile"), "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri]))
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(profile, "config");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(profile, "cache");
        Process? process = null;
        try
        {
            var stopwatch = Stopwatch.StartNew();
            process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var wall = stopwatch.Elapsed.TotalSeconds;
            await stdout.ConfigureAwait(false);
            if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                throw new InvalidOperationException($"Chromium's --print-to-pdf of {page} failed (exit code {process.ExitCode}): {await stderr.ConfigureAwait(false)}");
            }
            var fields = File.ReadAllLines(times).Last(l => l.Length > 0).Split(' ');
            return new ColdRun(wall, double.Parse(fields[0], CultureInfo.InvariantCulture) + double.Parse(fields[1], CultureInfo.InvariantCulture),
                long.Parse(fields[2], CultureInfo.InvariantCulture));
        }
        finally
        {
            if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
            process?.Dispose();
            // A helper may still be writing its last file for a moment after the browser exits.
            for (var attempt = 0; attempt < 10 && Directory.Exists(profile); attempt++)
            {
                try
                {
                    Directory.Delete(profile, recursive: true);
                }
                catch (IOException)
                {
                    Thread.Sleep(100);
                }
            }
        }
    }

    /// <summary>
    /// Signs the first administrator in (the sign-in page, its form) and asks for the dashboard of the default area: it must
    /// answer 200 with the area's figures (the data of its charts), else the bench stops.
    /// </summary>
    private static async Task DashboardAsync(Uri server, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) };
        var html = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "admin", ["password"] = AdminPassword, ["__RequestVerificationToken"] = token });
        using (var signedIn = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form, cancellationToken).ConfigureAwait(false))
        {
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"The bench could not sign in to serve ({(int)signedIn.StatusCode}): it signs in as 'admin' with the password it gives in CSP_ADMIN_PASSWORD, "
                    + "which serve sets only when the database has no accounts yet. Give a database no one has signed up to (a fresh ./csp import sample, with police.uk imports on top).");
            }
        }
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        var body = await page.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (page.StatusCode != HttpStatusCode.OK || !body.Contains("id=\"dashboard-data\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The dashboard answered {(int)page.StatusCode} without its figures.");
        }
    }

    /// <summary>The same command inside this process: the CLI's own entry point with the same arguments (serve: the web app started until /health answers).</summary>
    private static async Task<(List<double> Wall, List<double> Cpu, List<double> Dashboard)> WarmAsync(string home, string database, Command command, int runs, CancellationToken cancellationToken)
    {
        Environment.SetEnvironmentVariable("CSP_HOME", home);
        Environment.SetEnvironmentVariable("CSP_DATABASE", database);
        var (wall, cpu, dashboard) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i <= runs; i++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            double? ready = null;
            if (command.Serve) ready = await ServeInProcessAsync(home, database, stopwatch, cancellationToken).ConfigureAwait(false);
            else RunCli(command.Args);
            if (i == 0) continue;
            wall.Add(ready ?? stopwatch.Elapsed.TotalSeconds);
            if (command.Serve) dashboard.Add(stopwatch.Elapsed.TotalSeconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        return (wall, cpu, dashboard);
    }

    private static readonly MethodInfo CliEntry = Assembly.Load("csp").EntryPoint ?? throw new InvalidOperationException("csp.dll has no entry point.");

    private static void RunCli(string[] args)
    {
        var (savedOut, savedError) = (Console.Out, Console.Error);
        var error = new StringWriter();
        Console.SetOut(TextWriter.Null);
        Console.SetError(error);
        try
        {
            var code = CliEntry.Invoke(null, [args]);
            if (code is not 0) throw new InvalidOperationException($"csp {string.Join(' ', args)} (in-process) exited with {code}: {error}");
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }
    }

    /// <returns>The seconds of <paramref name="stopwatch"/> when /health answered; the dashboard has answered when it returns.</returns>
    private static async Task<double> ServeInProcessAsync(string home, string database, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var app = CspWebApp.Create(["--urls", "http://127.0.0.1:0"], o =>
        {
            o.Home = home;
            o.Database = database;
            o.ImportSampleWhenEmpty = false;
            o.AdminPassword = AdminPassword;
            o.DefaultArea ??= Csp.Workbench.Imports.SampleData.Partnership;
        }, TextWriter.Null);
        await using var _ = app.ConfigureAwait(false);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(new Uri(url), "/health"), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"/health answered {(int)response.StatusCode} in-process.");
        var healthy = stopwatch.Elapsed.TotalSeconds;
        await DashboardAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
        await app.StopAsync(cancellationToken).ConfigureAwait(false);
        return healthy;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Seconds(IReadOnlyList<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(values):F2} s [{values.Min():F2}-{values.Max():F2}]");

    private static string Describe(IReadOnlyList<ColdRun> runs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Seconds(runs.Select(r => r.WallSeconds).ToList())}; CPU {Median(runs.Select(r => r.CpuSeconds).ToList()):F2} s; {Median(runs.Select(r => (double)r.PeakKilobytes).ToList()) / 1024:F0} MB");

    private static string Ratio(IReadOnlyList<ColdRun> against, IReadOnlyList<ColdRun> ours) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(against.Select(r => r.WallSeconds).ToList()) / Median(ours.Select(r => r.WallSeconds).ToList()):F1}x faster");
}
