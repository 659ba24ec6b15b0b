using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Csp.Storage;
using Csp.Testing;

namespace Csp.Cli.Tests.Imports;

/// <summary>
/// kill -9 of the web app (<c>csp serve</c>, a real process) while it imports a file uploaded in the browser's way: nothing
/// of the file is in the database, the restarted app says the import did not finish, and the same upload again lands
/// every row.
/// </summary>
public sealed partial class ServeCrashTests
{
    private const string Password = "a-long-enough-crash-test-password";

    // The kill must land while the file's transaction is open. How long the import writes depends on the machine (a quiet
    // one imports the year in well under a second), so each try waits a little less after the transaction is seen than
    // the one before when its kill came only after the commit (the whole file landed) or the import finished before the
    // transaction was seen; it fails if no try kills it in time, and any try that leaves part of a file behind fails at once.
    private static readonly int[] WaitsAfterTheTransactionIsSeen = [150, 40, 5, 0];

    [Fact]
    public async Task Killing_the_web_app_mid_upload_import_leaves_nothing_half_in_and_the_same_upload_again_lands_every_row()
    {
        var dir = PoliceFiles.TempDirectory();
        var (big, expected) = await PoliceFiles.KentYearAsync(dir);
        foreach (var wait in WaitsAfterTheTransactionIsSeen)
        {
            var database = Path.Combine(dir, $"csp-{wait}.sqlite");
            var db = CspDatabase.Resolve(database, dir);
            long id;
            using (var serve = await StartAsync(database))
            {
                var client = await SignedInAsync(serve.Url);
                var accepted = await UploadAsync(client, big);
                Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
                id = (long)JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["id"]!;
                if (!await SeenAsync(client, database, id, wait)) continue;
                serve.Process.Kill(entireProcessTree: true);
                await serve.Process.WaitForExitAsync();
            }

            var landed = await CountAsync(db, "SELECT count(*) FROM street_records");
            Assert.True(landed == 0 || landed == expected, $"{landed:N0} of {expected:N0} rows landed: half a file");
            if (landed == expected) continue;
            Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM force_months"));

            using (var serve = await StartAsync(database))
            {
                var client = await SignedInAsync(serve.Url);
                var view = JsonNode.Parse(await client.GetStringAsync($"/api/imports/{id}"))!;
                Assert.Equal("Failed", (string)view["status"]!);
                Assert.Contains("stopped before this import finished", (string)view["message"]!, StringComparison.Ordinal);

                var again = await UploadAsync(client, big);
                Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
                var second = (long)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["id"]!;
                JsonNode finished;
                while ((string)(finished = JsonNode.Parse(await client.GetStringAsync($"/api/imports/{second}"))!)["status"]! is "Queued" or "Running") await Task.Delay(200);
                Assert.True((string)finished["status"]! == "Finished", finished.ToJsonString());
                serve.Process.Kill(entireProcessTree: true);
            }
            Assert.Equal(expected, await CountAsync(db, "SELECT count(*) FROM street_records"));
            Assert.Equal(12, await CountAsync(db, "SELECT count(*) FROM force_months"));
            return;
        }
        Assert.Fail("every try's import committed before the web app could be killed");
    }

    /// <summary>Waits until the import holds SQLite's write lock (its file transaction is open), then
    /// <paramref name="wait"/> ms; false when the import ended first (the try is spent). The write lock is probed in a
    /// tight loop; the import's status over HTTP only now and then, so the probe does not miss a short transaction.</summary>
    private static async Task<bool> SeenAsync(HttpClient client, string database, long id, int wait)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        var nextStatus = DateTime.UtcNow;
        while (!SqliteWriter.IsActive(database))
        {
            Assert.True(DateTime.UtcNow < deadline, "the import's transaction was never seen");
            if (DateTime.UtcNow >= nextStatus)
            {
                var status = (string)JsonNode.Parse(await client.GetStringAsync($"/api/imports/{id}"))!["status"]!;
                if (status is not ("Queued" or "Running")) return false;
                nextStatus = DateTime.UtcNow.AddMilliseconds(100);
            }
            await Task.Delay(1);
        }
        if (wait > 0) await Task.Delay(wait);
        return true;
    }

    private sealed record Serve(Process Process, string Url) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
    }

    private static async Task<Serve> StartAsync(string database)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var url = $"http://127.0.0.1:{port}";
        var process = CspProcess.Start(new Dictionary<string, string> { ["CSP_ADMIN_PASSWORD"] = Password },
            "serve", "--database", database, "--urls", url, "--no-sample");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = new Uri(url) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(process.HasExited, "csp serve exited before it answered");
            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return new Serve(process, url);
            }
            catch (HttpRequestException)
            {
            }
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), "csp serve did not answer /health");
            await Task.Delay(100);
        }
    }

    private static async Task<HttpClient> SignedInAsync(string url)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
        var html = await client.GetStringAsync("/account/sign-in");
        var token = WebUtility.HtmlDecode(FormToken().Match(html).Groups[1].Value);
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "admin", ["password"] = Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync("/imports");
        var token = WebUtility.HtmlDecode(DataToken().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent { { new StringContent("police-uk"), "kind" } };
        var file = new StreamContent(File.OpenRead(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "files", Path.GetFileName(path));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/imports/uploads") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    private static async Task<long> CountAsync(CspDatabase db, string sql)
    {
        await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex DataToken();
}
