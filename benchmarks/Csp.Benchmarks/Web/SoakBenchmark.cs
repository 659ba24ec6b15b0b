using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Csp.Testing;
using Npgsql;

namespace Csp.Benchmarks.Web;

/// <summary>
/// <c>csp bench soak</c>: the web app (<c>csp serve</c>, its own process) on a temporary PostgreSQL server holding the bundled
/// sample, N clients for a fixed time mixing the dashboard, the JSON API and report downloads (HTML, Excel, Word, now and
/// then PDF), while <c>csp import police-uk</c> replaces one month of Kent over and over (the month's file and the same file
/// less every tenth row, in turn). Every answer of the API is checked to hold the district's totals of one version or
/// the other, never a mixture (a half-replaced month). Reports errors, latency by kind, the web app's resident memory at
/// the start and the end, the imports and their exit codes, and the load average.
/// </summary>
internal sealed partial class SoakBenchmark(TextWriter output)
{
    private const string Area = "E07000109"; // Gravesham
    private const string Month = "2025-09";
    private const string Periods = "period=2025-01..2025-09&baseline=2022-01..2022-09";

    private static readonly (string Kind, string Path)[] Requests =
    [
        ("dashboard", $"/?area={Area}&kind=range&pfrom=2025-01&pto=2025-09&bfrom=2022-01&bto=2022-09"),
        ("api", $"/api/assessment?area={Area}&{Periods}"),
        ("report html", $"/reports/committee?format=html&area={Area}&{Periods}"),
        ("report xlsx", $"/reports/assessment?format=xlsx&area={Area}&{Periods}"),
        ("report docx", $"/reports/committee?format=docx&area={Area}&{Periods}"),
        ("report pdf", $"/reports/committee?format=pdf&area={Area}&{Periods}"),
    ];

    /// <summary>Which request a client sends on its i-th turn: 8 in 20 the dashboard, 8 the API, 2 an HTML report, 1 Excel, and Word three times in four, else PDF.</summary>
    private static int Pick(long turn) => (turn % 20) switch
    {
        < 8 => 0,
        < 16 => 1,
        < 18 => 2,
        18 => 3,
        _ => turn / 20 % 4 == 3 ? 5 : 4,
    };

    public async Task<bool> RunAsync(string home, string cli, int clients, TimeSpan duration, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("csp-bench-soak-").FullName;
        output.WriteLine($"Load average at the start: {LoadAverage()}");
        await using var server = new TemporaryPostgresServer { MaxConnections = 300 };
        try
        {
            await server.StartAsync().ConfigureAwait(false);
            var database = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync().ConfigureAwait(false)) { Pooling = true, MaxPoolSize = 100 }.ConnectionString;
            output.WriteLine($"PostgreSQL on 127.0.0.1:{server.Port} (temporary; fsync off). Importing the bundled sample...");
            var sample = await CliAsync(cli, home, ["import", "sample", "--database", database], ct).ConfigureAwait(false);
            if (sample.ExitCode != 0) throw new InvalidOperationException($"csp import sample failed ({sample.ExitCode}): {sample.Output}");
            output.WriteLine($"  sample imported in {sample.Seconds:0.0} s");

            // The month as published (A) and the same file less every tenth row (B): replacing one with the other changes the district's totals.
            var source = Path.Combine(home, "data", "sample", "police-uk", "kent", $"{Month}-kent-street.csv.gz");
            var versions = new[] { Path.Combine(work, "a"), Path.Combine(work, "b") }.Select(d => Path.Combine(Directory.CreateDirectory(d).FullName, $"{Month}-kent-street.csv")).ToArray();
            var lines = ReadLines(source);
            await File.WriteAllLinesAsync(versions[0], lines, ct).ConfigureAwait(false);
            await File.WriteAllLinesAsync(versions[1], lines.Where((_, i) => i == 0 || i % 10 != 0), ct).ConfigureAwait(false);

            var port = FreePort();
            var password = "soak-" + Guid.NewGuid().ToString("N");
            using var serve = Start(cli, home, ["serve", "--database", database, "--urls", $"http://127.0.0.1:{port}", "--no-sample"], ("CSP_ADMIN_PASSWORD", password));
            var log = new List<string>();
            serve.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
            serve.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
            serve.BeginOutputReadLine();
            serve.BeginErrorReadLine();
            try
            {
                using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), MaxConnectionsPerServer = clients + 1, AllowAutoRedirect = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
                using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(3) };
                await WaitForHealthAsync(client, serve, ct).ConfigureAwait(false);
                await SignInAsync(client, "admin", password, ct).ConfigureAwait(false);

                // The district's totals under each version: the sample holds the month as published (A); after importing the
                // shorter version (B) the web app notices within a second or so, and again after A comes back.
                var totals = new long[2];
                totals[0] = Total(await client.GetStringAsync(Requests[1].Path, ct).ConfigureAwait(false));
                foreach (var v in new[] { 1, 0 })
                {
                    var import = await CliAsync(cli, home, ["import", "police-uk", versions[v], "--database", database], ct).ConfigureAwait(false);
                    if (import.ExitCode != 0) throw new InvalidOperationException($"csp import police-uk {versions[v]} failed ({import.ExitCode}): {import.Output}");
                    var before = v == 1 ? totals[0] : totals[1];
                    var seenAfter = Stopwatch.StartNew();
                    long now;
                    while ((now = Total(await client.GetStringAsync(Requests[1].Path, ct).ConfigureAwait(false))) == before && seenAfter.Elapsed < TimeSpan.FromSeconds(60))
                    {
                        await Task.Delay(100, ct).ConfigureAwait(false);
                    }
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  version {(v == 0 ? "A" : "B")} imported; the web app answered with it {seenAfter.Elapsed.TotalSeconds:0.0} s after the import ended"));
                    if (v == 1) totals[1] = now;
                    else if (now != totals[0]) throw new InvalidOperationException($"The month as published again gives {now:N0}, not {totals[0]:N0} as before.");
                }
                if (totals[0] == totals[1]) throw new InvalidOperationException("The two versions of the month give the same totals: the check of a half-replaced month would prove nothing.");
                output.WriteLine($"Gravesham's total over the period: {totals[0]:N0} with {Month} as published, {totals[1]:N0} with every tenth row left out.");

                output.WriteLine($"Warm-up: {clients} clients for 15 s...");
                await DriveAsync(client, clients, TimeSpan.FromSeconds(15), totals, ct).ConfigureAwait(false);
                var rssStart = Rss(serve.Id);
                output.WriteLine($"Soak: {clients} clients for {duration.TotalMinutes:0.#} min while {Month} is replaced in turn; the web app's RSS at the start {rssStart / 1024.0:N0} MB.");

                using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var rssSeries = new List<(double Minute, long Kb)>();
                var started = Stopwatch.StartNew();
                var sampler = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        lock (rssSeries) rssSeries.Add((started.Elapsed.TotalMinutes, Rss(serve.Id)));
                        try { await Task.Delay(TimeSpan.FromSeconds(30), stop.Token).ConfigureAwait(false); } catch (OperationCanceledException) { }
                    }
                }, CancellationToken.None);
                var imports = new List<(int Version, int ExitCode, double Seconds)>();
                var importer = Task.Run(async () =>
                {
                    var version = 1;
                    while (!stop.IsCancellationRequested)
                    {
                        var import = await CliAsync(cli, home, ["import", "police-uk", versions[version], "--database", database], CancellationToken.None).ConfigureAwait(false);
                        lock (imports) imports.Add((version, import.ExitCode, import.Seconds));
                        if (import.ExitCode != 0) output.WriteLine($"  import of version {(version == 0 ? "A" : "B")} exited {import.ExitCode}: {import.Output.Trim()}");
                        version = 1 - version;
                    }
                }, CancellationToken.None);
                var result = await DriveAsync(client, clients, duration, totals, ct).ConfigureAwait(false);
                await stop.CancelAsync().ConfigureAwait(false);
                await importer.ConfigureAwait(false);
                await sampler.ConfigureAwait(false);
                var rssEnd = Rss(serve.Id);

                output.WriteLine();
                output.WriteLine($"Load average at the end: {LoadAverage()}");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Requests:N0} requests in {result.Seconds:0} s ({result.Requests / result.Seconds:N0}/s), errors {result.Errors:N0}"));
                output.WriteLine("| request | answered | errors | p50 ms | p95 ms | p99 ms | max ms |");
                output.WriteLine("|---|---|---|---|---|---|---|");
                foreach (var (kind, latencies, errors) in result.ByKind)
                {
                    latencies.Sort();
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {kind} | {latencies.Count:N0} | {errors:N0} | {At(latencies, 0.5):0} | {At(latencies, 0.95):0} | {At(latencies, 0.99):0} | {(latencies.Count == 0 ? double.NaN : latencies[^1]):0} |"));
                }
                var all = result.ByKind.SelectMany(k => k.Latencies).Order().ToList();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"All requests: p50 {At(all, 0.5):0} ms, p95 {At(all, 0.95):0} ms, p99 {At(all, 0.99):0} ms."));
                foreach (var e in result.ErrorSamples) output.WriteLine("  error: " + e);
                output.WriteLine($"Imports of {Month} during the soak: {imports.Count} ({imports.Count(i => i.ExitCode == 0)} exit 0), median {Median(imports.Select(i => i.Seconds)):0.0} s each.");
                output.WriteLine($"API answers: {result.SeenVersion[0]:N0} with the month as published, {result.SeenVersion[1]:N0} with the shorter version, {result.Mixed:N0} with any other total (a half-replaced month).");
                output.WriteLine($"Web app RSS: start {rssStart / 1024.0:N0} MB, end {rssEnd / 1024.0:N0} MB; every 30 s: "
                    + string.Join(", ", rssSeries.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Kb / 1024.0:N0}"))) + " MB.");
                var ok = result.Errors == 0 && result.Mixed == 0 && imports.All(i => i.ExitCode == 0) && serve.HasExited == false;
                output.WriteLine(ok ? "Soak passed: no errors, no mixed month, every import exit 0." : "Soak FAILED: see the errors above.");
                return ok;
            }
            finally
            {
                if (!serve.HasExited)
                {
                    serve.Kill(entireProcessTree: true);
                    await serve.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
                lock (log)
                {
                    var problems = log.Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("exception", StringComparison.OrdinalIgnoreCase)).Take(10).ToList();
                    foreach (var l in problems) output.WriteLine("  serve: " + l);
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private sealed record Outcome(long Requests, long Errors, double Seconds, List<(string Kind, List<double> Latencies, long Errors)> ByKind, long[] SeenVersion, long Mixed, List<string> ErrorSamples);

    private static async Task<Outcome> DriveAsync(HttpClient client, int clients, TimeSpan duration, long[] totals, CancellationToken ct)
    {
        var latencies = Requests.Select(_ => new List<double>()).ToArray();
        var errors = new long[Requests.Length];
        var seen = new long[2];
        long mixed = 0;
        var samples = new List<string>();
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (long turn = c; started.Elapsed < duration && !ct.IsCancellationRequested; turn++)
            {
                var which = Pick(turn);
                var t0 = Stopwatch.GetTimestamp();
                string? problem = null;
                try
                {
                    using var response = await client.GetAsync(Requests[which].Path, ct).ConfigureAwait(false);
                    var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
                    var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    if (response.StatusCode != HttpStatusCode.OK) problem = $"{Requests[which].Kind}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 200)))}";
                    else if (body.Length == 0) problem = $"{Requests[which].Kind}: an empty answer";
                    else
                    {
                        lock (latencies[which]) latencies[which].Add(ms);
                        if (which == 1)
                        {
                            var total = Total(System.Text.Encoding.UTF8.GetString(body));
                            var v = Array.IndexOf(totals, total);
                            if (v >= 0) Interlocked.Increment(ref seen[v]);
                            else
                            {
                                Interlocked.Increment(ref mixed);
                                problem = $"api: total {total:N0}, neither {totals[0]:N0} nor {totals[1]:N0}";
                            }
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
                {
                    problem = $"{Requests[which].Kind}: {e.GetType().Name} {e.Message}";
                }
                if (problem is not null)
                {
                    Interlocked.Increment(ref errors[which]);
                    lock (samples) if (samples.Count < 10) samples.Add(problem);
                }
            }
        }, ct)).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var byKind = Requests.Select((r, i) => (r.Kind, latencies[i], errors[i])).ToList();
        return new Outcome(byKind.Sum(k => k.Item2.Count + k.Item3), errors.Sum(), started.Elapsed.TotalSeconds, byKind, seen, mixed, samples);
    }

    /// <summary>The sum of the counts of every row of an assessment answer: the same months and data give the same sum.</summary>
    private static long Total(string json) =>
        JsonNode.Parse(json)!["rows"]!.AsArray().Sum(r => r!["count"] is { } c ? (long)c : 0);

    private static List<string> ReadLines(string gz)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gz), CompressionMode.Decompress));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    private static Process Start(string cli, string home, string[] arguments, params (string Name, string Value)[] environment)
    {
        var command = BenchEnvironment.CliCommand(cli);
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in command.Skip(1)) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["CSP_HOME"] = home;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    private static async Task<(int ExitCode, string Output, double Seconds)> CliAsync(string cli, string home, string[] arguments, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var process = Start(cli, home, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        return (process.ExitCode, await stderr.ConfigureAwait(false) + await stdout.ConfigureAwait(false), watch.Elapsed.TotalSeconds);
    }

    private static async Task WaitForHealthAsync(HttpClient client, Process serve, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (serve.HasExited) throw new InvalidOperationException($"csp serve exited ({serve.ExitCode}) before it answered.");
            try
            {
                using var response = await client.GetAsync("/health", ct).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            if (watch.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException("csp serve did not answer /health within 3 minutes.");
            await Task.Delay(200, ct).ConfigureAwait(false);
        }
    }

    private static async Task SignInAsync(HttpClient client, string userName, string password, CancellationToken ct)
    {
        var html = await client.GetStringAsync("/account/sign-in", ct).ConfigureAwait(false);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync("/account/sign-in", form, ct).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("The soak could not sign in: " + (int)response.StatusCode);
    }

    /// <summary>Resident memory of a process in KB (VmRSS), 0 once it has gone.</summary>
    private static long Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double At(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    private static double Median(IEnumerable<double> values)
    {
        var list = values.Order().ToList();
        return list.Count == 0 ? double.NaN : list[list.Count / 2];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
