using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Csp.Storage;
using Csp.Workbench.Accounts;
using Csp.Web.Hosting;
using Csp.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Benchmarks.Web;

/// <summary>
/// <c>csp bench web</c>: the web app on 127.0.0.1 (a free port) over a temporary copy of a SQLite database, an analyst
/// signed in, and N clients asking GET /api/assessment as fast as they are answered for a fixed time. Prints requests
/// per second, latency percentiles and errors. The copy keeps the bench's account out of the real database.
/// </summary>
internal sealed partial class WebLoadBenchmark(TextWriter output)
{
    public sealed record Result(long Requests, long Errors, double Seconds, double P50, double P95, double P99, double Max);

    public async Task<Result> RunAsync(CspDatabase source, string home, string query, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (source.Provider != DatabaseProvider.Sqlite) throw new InvalidOperationException("csp bench web copies a SQLite database to work on; give --database a SQLite file.");
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(source.ConnectionString).DataSource;
        var folder = Directory.CreateTempSubdirectory("csp-bench-web-").FullName;
        try
        {
            // The live database may be in WAL mode: fold the log in first, then copy the one file.
            await using (var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            await using (var checkpoint = connection.CreateCommand())
            {
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            var copy = Path.Combine(folder, "bench.sqlite");
            File.Copy(file, copy);
            var password = PasswordRules.Generate();
            var app = CspWebApp.Create(["--urls", "http://127.0.0.1:0"], o =>
            {
                o.Database = copy;
                o.Home = home;
                o.ImportSampleWhenEmpty = true;
                o.AdminPassword = password;
            }, TextWriter.Null);
            await using var _ = app.ConfigureAwait(false);
            output.WriteLine("Starting the web app on a copy of " + source.Description + "...");
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                // Through the accounts use case, as the web app itself does (the host registers no database context).
                var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
                var agency = (await accounts.AgenciesAsync(cancellationToken).ConfigureAwait(false)).OrderBy(a => a.Id).First();
                await accounts.CreateUserAsync("bench.analyst", "Load test", agency.Id, [Roles.Analyst], password, cancellationToken).ConfigureAwait(false);
            }
            var cookies = new CookieContainer();
            using var handler = new SocketsHttpHandler { CookieContainer = cookies, MaxConnectionsPerServer = clients, AllowAutoRedirect = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            await SignInAsync(client, "bench.analyst", password, cancellationToken).ConfigureAwait(false);
            var path = "/api/assessment?" + query;
            using (var first = await client.GetAsync(path, cancellationToken).ConfigureAwait(false))
            {
                if (first.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path} answered {(int)first.StatusCode}: {await first.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
            }
            output.WriteLine($"GET {path} with {clients} clients for {duration.TotalSeconds:0} s (after 2 s of warm-up) at {url}...");
            await DriveAsync(client, path, clients, TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            var (latencies, errors, seconds) = await DriveAsync(client, path, clients, duration, cancellationToken).ConfigureAwait(false);
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
            latencies.Sort();
            double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
            return new Result(latencies.Count + errors, errors, seconds, At(0.50), At(0.95), At(0.99), latencies.Count == 0 ? double.NaN : latencies[^1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Each client sends its next request when the last is answered, until the time is up. Latencies in milliseconds.</summary>
    private static async Task<(List<double> Latencies, long Errors, double Seconds)> DriveAsync(HttpClient client, string path, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(4096);
            long errors = 0;
            var buffer = new byte[81920];
            while (Stopwatch.GetTimestamp() < end && !cancellationToken.IsCancellationRequested)
            {
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                    await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                    while (await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
                    {
                    }
                    if (response.StatusCode == HttpStatusCode.OK) latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                    else errors++;
                }
                catch (HttpRequestException)
                {
                    errors++;
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    errors++;
                }
            }
            return (latencies, errors);
        }, cancellationToken)).ToList();
        var results = await Task.WhenAll(workers).ConfigureAwait(false);
        return (results.SelectMany(r => r.latencies).ToList(), results.Sum(r => r.errors), Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static async Task SignInAsync(HttpClient client, string userName, string password, CancellationToken cancellationToken)
    {
        var html = await client.GetStringAsync("/account/sign-in", cancellationToken).ConfigureAwait(false);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync("/account/sign-in", form, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("The bench could not sign in: " + (int)response.StatusCode);
    }

    public static string Describe(Result r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Requests:N0} requests in {r.Seconds:0.0} s = {r.Requests / r.Seconds:N0} requests/s; latency p50 {r.P50:0.0} ms, p95 {r.P95:0.0} ms, p99 {r.P99:0.0} ms, max {r.Max:0.0} ms; errors {r.Errors:N0}");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
