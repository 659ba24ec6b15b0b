using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Csp.Core.Consultation;
using Csp.Storage;
using Csp.Testing;
using Csp.Web.Consultation;
using Csp.Web.Hosting;
using Csp.Workbench.Consultation;
using Csp.Workbench.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Csp.Benchmarks.Consultation;

/// <summary>
/// <c>csp bench survey-form</c> (issue 18: "the public form holds 50 concurrent submitters with p95 under 100 ms and every
/// submission stored"). The web app on 127.0.0.1 (a free port) over a new temporary database (SQLite, or a temporary
/// PostgreSQL server) holding the bundled sample consultation; N clients, each submission a resident of its own: GET
/// /survey/dg-csp-demo (the antiforgery cookie and token, and the form's submission id, as a browser gets them), then POST
/// a complete valid response. A warm-up run, then the same number of submissions in each timed run. Afterwards the
/// responses are counted in the database and must equal the submissions the clients saw accepted (the thank-you
/// redirect). The flood protection is as in production: the rate limit per address (<see cref="CspWebOptions.SurveyPermitsPerMinute"/>)
/// and the honeypot; each resident has an address of its own from X-Forwarded-For, which the app believes only because
/// the bench turns on <see cref="CspWebOptions.ForwardedHeadersFromLoopback"/> (the setting for a reverse proxy on the same
/// machine). Both protections are checked at the end: one address sending one more than the limit is refused, and a
/// submission with the honeypot filled is shown the thank-you page but not stored.
/// </summary>
internal sealed partial class SurveyFormBenchmark(TextWriter progress)
{
    public const double GoalP95Milliseconds = 100;

    public sealed record Percentiles(double P50, double P95, double P99, double Max);

    /// <param name="CpuMillisecondsPerSubmission">This process's CPU time (the app and the clients together, both in it) over the run, per submission: less swayed by the machine's other work than the clock.</param>
    public sealed record Run(int Submissions, long Requests, long Accepted, long Errors, double Seconds, double SubmissionsPerSecond, double CpuMillisecondsPerSubmission, Percentiles Get, Percentiles Post);

    /// <summary>The median and the range (fastest, slowest) of one figure over the timed runs.</summary>
    public sealed record Spread(double Median, double Min, double Max);

    public sealed record Outcome(
        string Database, int Clients, int SubmissionsPerRun, int Runs, int PermitsPerMinute, string Addresses,
        Run WarmUp, IReadOnlyList<Run> Timed,
        Spread SubmissionsPerSecond, Spread CpuMillisecondsPerSubmission, Spread GetP50, Spread GetP95, Spread GetP99, Spread PostP50, Spread PostP95, Spread PostP99,
        long Accepted, long Stored, long StoredWithoutAnswers, long Errors,
        int RateLimitAccepted, int RateLimitRefused, bool RateLimitInForce, bool HoneypotShownThanks, bool HoneypotStored,
        string LoadAtStart, string LoadAtEnd, int Cores)
    {
        public bool CountsAgree => Accepted == Stored && StoredWithoutAnswers == 0;

        public bool ProtectionHolds => RateLimitInForce && HoneypotShownThanks && !HoneypotStored;

        public bool GoalMet => GetP95.Median < GoalP95Milliseconds && PostP95.Median < GoalP95Milliseconds && Errors == 0 && CountsAgree;
    }

    private const string SurveyId = SampleConsultation.DemoSurveyId;

    private long _resident;

    public async Task<Outcome> RunAsync(string home, int clients, int submissions, int runs, bool postgres, CancellationToken cancellationToken)
    {
        var loadAtStart = LoadAverage();
        var folder = Directory.CreateTempSubdirectory("csp-bench-survey-form-").FullName;
        TemporaryPostgresServer? server = null;
        try
        {
            string database;
            if (postgres)
            {
                server = new TemporaryPostgresServer { MaxConnections = Math.Max(100, clients * 2 + 20) };
                await server.StartAsync().ConfigureAwait(false);
                database = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync().ConfigureAwait(false)) { Pooling = true, MaxPoolSize = Math.Max(20, clients + 10) }.ConnectionString;
                progress.WriteLine($"PostgreSQL on 127.0.0.1:{server.Port} (temporary; fsync off).");
            }
            else
            {
                database = Path.Combine(folder, "bench.sqlite");
            }
            // The app's console log at warnings and above, on standard error: what it says about each resident (the honeypot notice) is not the bench's output, and standard output is the figures alone (JSON with --format json).
            var app = CspWebApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:Console:LogLevel:Default=Warning", "--Logging:Console:LogToStandardErrorThreshold=Trace"], o =>
            {
                o.Database = database;
                o.Home = home;
                o.ImportSampleWhenEmpty = false;
                o.AdminPassword = Csp.Workbench.Accounts.PasswordRules.Generate();
                o.ForwardedHeadersFromLoopback = true;
            }, TextWriter.Null);
            await using var _ = app.ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var cspDatabase = app.Services.GetRequiredService<CspDatabase>();
            var permits = app.Services.GetRequiredService<IOptions<CspWebOptions>>().Value.SurveyPermitsPerMinute;
            Survey survey;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var surveys = scope.ServiceProvider.GetRequiredService<Surveys>();
                await SampleConsultation.ImportAsync(surveys, cspDatabase, CspHome.SampleData(home), cancellationToken).ConfigureAwait(false);
                survey = await surveys.GetAsync(SurveyId, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The sample consultation has no open survey '{SurveyId}'.");
            }
            var before = await CountAsync(cspDatabase, cancellationToken).ConfigureAwait(false);
            var addresses = "each submission from an address of its own (X-Forwarded-For in 10.0.0.0/8, believed from loopback because the bench sets ForwardedHeadersFromLoopback)";
            progress.WriteLine($"The public form /survey/{SurveyId} ({survey.Questions.Count} questions) on {(postgres ? "PostgreSQL" : "SQLite")} at {url}; rate limit as in production, {permits} submissions per address per minute, honeypot on; {addresses}.");

            using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = clients + 1, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
            progress.WriteLine($"{clients} clients, {submissions:N0} submissions per run (a GET of the form and a POST of a complete response each): a warm-up run, then {runs} timed runs...");
            var warmUp = await DriveAsync(client, survey, clients, submissions, cancellationToken).ConfigureAwait(false);
            progress.WriteLine("  warm-up: " + Describe(warmUp));
            var timed = new List<Run>();
            for (var i = 0; i < runs; i++)
            {
                var run = await DriveAsync(client, survey, clients, submissions, cancellationToken).ConfigureAwait(false);
                progress.WriteLine($"  run {i + 1}: " + Describe(run));
                timed.Add(run);
            }

            // The flood protection, as configured: one address sending one more than its limit, and a robot filling the honeypot.
            var (limitAccepted, limitRefused) = await RateLimitCheckAsync(client, survey, permits + 1, cancellationToken).ConfigureAwait(false);
            var storedBeforeHoneypot = (await CountAsync(cspDatabase, cancellationToken).ConfigureAwait(false)).Responses;
            var honeypotThanks = await SubmitAsync(client, survey, NextAddress(), honeypot: true, cancellationToken).ConfigureAwait(false) is { Status: HttpStatusCode.Redirect, Thanks: true };
            var after = await CountAsync(cspDatabase, cancellationToken).ConfigureAwait(false);
            await app.StopAsync(cancellationToken).ConfigureAwait(false);

            var accepted = warmUp.Accepted + timed.Sum(r => r.Accepted) + limitAccepted;
            return new Outcome(postgres ? "PostgreSQL (temporary server)" : "SQLite (temporary file)", clients, submissions, runs, permits, addresses, warmUp, timed,
                Of(timed, r => r.SubmissionsPerSecond), Of(timed, r => r.CpuMillisecondsPerSubmission), Of(timed, r => r.Get.P50), Of(timed, r => r.Get.P95), Of(timed, r => r.Get.P99),
                Of(timed, r => r.Post.P50), Of(timed, r => r.Post.P95), Of(timed, r => r.Post.P99),
                accepted, after.Responses - before.Responses, after.WithoutAnswers - before.WithoutAnswers, warmUp.Errors + timed.Sum(r => r.Errors),
                limitAccepted, limitRefused, limitAccepted == permits && limitRefused == 1, honeypotThanks, after.Responses != storedBeforeHoneypot,
                loadAtStart, LoadAverage(), Environment.ProcessorCount);
        }
        finally
        {
            if (server is not null) await server.DisposeAsync().ConfigureAwait(false);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Clients take the next submission until <paramref name="submissions"/> have been sent; each is a GET and a POST from a new resident.</summary>
    private async Task<Run> DriveAsync(HttpClient client, Survey survey, int clients, int submissions, CancellationToken cancellationToken)
    {
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, Math.Min(clients, submissions)).Select(_ => Task.Run(async () =>
        {
            var gets = new List<double>();
            var posts = new List<double>();
            long accepted = 0, errors = 0, requests = 0;
            while (Interlocked.Increment(ref next) < submissions && !cancellationToken.IsCancellationRequested)
            {
                var result = await SubmitAsync(client, survey, NextAddress(), honeypot: false, cancellationToken).ConfigureAwait(false);
                requests += result.Requests;
                if (result.GetMilliseconds is { } g) gets.Add(g);
                if (result.PostMilliseconds is { } p) posts.Add(p);
                if (result is { Status: HttpStatusCode.Redirect, Thanks: true }) accepted++;
                else errors++;
            }
            return (gets, posts, accepted, errors, requests);
        }, cancellationToken)).ToList();
        var results = await Task.WhenAll(workers).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuMilliseconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var acceptedAll = results.Sum(r => r.accepted);
        return new Run(submissions, results.Sum(r => r.requests), acceptedAll, results.Sum(r => r.errors), seconds, acceptedAll / seconds, cpuMilliseconds / submissions,
            PercentilesOf(results.SelectMany(r => r.gets).ToList()), PercentilesOf(results.SelectMany(r => r.posts).ToList()));
    }

    private sealed record Submission(HttpStatusCode? Status, bool Thanks, int Requests, double? GetMilliseconds, double? PostMilliseconds);

    /// <summary>One resident: the form fetched as a browser fetches it, then a complete response posted from the same address.</summary>
    private static async Task<Submission> SubmitAsync(HttpClient client, Survey survey, (long Index, string Address) resident, bool honeypot, CancellationToken cancellationToken)
    {
        var path = "/survey/" + Uri.EscapeDataString(survey.Id);
        string html, cookie;
        var t0 = Stopwatch.GetTimestamp();
        try
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, path);
            get.Headers.Add("X-Forwarded-For", resident.Address);
            using var response = await client.SendAsync(get, cancellationToken).ConfigureAwait(false);
            html = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK) return new Submission(response.StatusCode, false, 1, null, null);
            cookie = response.Headers.TryGetValues("Set-Cookie", out var set) ? string.Join("; ", set.Select(c => c.Split(';')[0]).Where(c => c.StartsWith("csp.antiforgery", StringComparison.Ordinal))) : "";
        }
        catch (HttpRequestException)
        {
            return new Submission(null, false, 1, null, null);
        }
        var getMilliseconds = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        var fields = Answers(survey, resident.Index);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        fields["submission"] = SubmissionPattern().Match(html).Groups[1].Value;
        fields[Csp.Web.Consultation.Public.SurveyModel.Honeypot] = honeypot ? "http://spam.example" : "";
        var t1 = Stopwatch.GetTimestamp();
        try
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
            post.Headers.Add("X-Forwarded-For", resident.Address);
            if (cookie.Length > 0) post.Headers.Add("Cookie", cookie);
            using var response = await client.SendAsync(post, cancellationToken).ConfigureAwait(false);
            await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var thanks = response.Headers.Location?.OriginalString.EndsWith(path + "/thanks", StringComparison.Ordinal) == true;
            return new Submission(response.StatusCode, thanks, 2, getMilliseconds, Stopwatch.GetElapsedTime(t1).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return new Submission(null, false, 2, getMilliseconds, null);
        }
    }

    /// <summary>
    /// A complete valid response, varied by the resident's number: every grid item rated, ranked choices different,
    /// "Other" with its text, a sentence of free text, a postcode-shaped code (synthetic: never printed).
    /// </summary>
    private static Dictionary<string, string> Answers(Survey survey, long index)
    {
        var random = new Random(unchecked((int)(index * 7919 + 18)));
        var fields = new Dictionary<string, string>();
        foreach (var q in survey.Questions)
        {
            var choices = q.Choices;
            switch (q.Kind)
            {
                case QuestionKind.PriorityGrid or QuestionKind.ProblemScale:
                    foreach (var item in q.Items) fields[SurveyFields.Name(q, new AnswerKey(q.Id, item))] = choices[random.Next(choices.Count)];
                    break;
                case QuestionKind.RankedChoice:
                    var order = choices.OrderBy(_ => random.Next()).ToList();
                    for (var r = 1; r <= Math.Min(q.Ranks, order.Count); r++) fields[SurveyFields.Name(q, AnswerKey.Rank(q.Id, r))] = order[r - 1];
                    break;
                case QuestionKind.FreeText:
                    fields[SurveyFields.Name(q, new AnswerKey(q.Id))] = Comments[random.Next(Comments.Length)];
                    break;
                case QuestionKind.Postcode:
                    fields[SurveyFields.Name(q, new AnswerKey(q.Id))] = string.Create(CultureInfo.InvariantCulture,
                        $"DA{1 + random.Next(17)} {random.Next(10)}{Inward[random.Next(Inward.Length)]}{Inward[random.Next(Inward.Length)]}");
                    break;
                default:
                    var choice = choices[random.Next(choices.Count)];
                    fields[SurveyFields.Name(q, new AnswerKey(q.Id))] = choice;
                    if (q.AllowOther && OptionText.Same(choice, SurveyScales.Other)) fields[SurveyFields.Name(q, new AnswerKey(q.Id, AnswerKey.OtherText))] = "Parking on the pavement";
                    break;
            }
        }
        return fields;
    }

    private const string Inward = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly string[] Comments =
    [
        "Speeding cars on the high street at night",
        "Litter and fly-tipping behind the shops",
        "Young people gathering in the park, some drinking",
        "Drug dealing near the station",
        "Not enough police on foot",
    ];

    /// <summary>Sends <paramref name="count"/> submissions in turn from one address: the limit's worth should be accepted, the rest refused with 429.</summary>
    private async Task<(int Accepted, int Refused)> RateLimitCheckAsync(HttpClient client, Survey survey, int count, CancellationToken cancellationToken)
    {
        var resident = NextAddress();
        int accepted = 0, refused = 0;
        for (var i = 0; i < count; i++)
        {
            var result = await SubmitAsync(client, survey, (resident.Index + i * 1_000_003L, resident.Address), honeypot: false, cancellationToken).ConfigureAwait(false);
            if (result is { Status: HttpStatusCode.Redirect, Thanks: true }) accepted++;
            else if (result.Status == HttpStatusCode.TooManyRequests) refused++;
        }
        return (accepted, refused);
    }

    /// <summary>The next resident: a number and an address of their own in 10.0.0.0/8.</summary>
    private (long Index, string Address) NextAddress()
    {
        var i = Interlocked.Increment(ref _resident);
        return (i, string.Create(CultureInfo.InvariantCulture, $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}"));
    }

    /// <summary>The demonstration survey's responses and those of them with no answer rows, counted in the database itself.</summary>
    private static async Task<(long Responses, long WithoutAnswers)> CountAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT COUNT(*), COALESCE(SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM survey_answers a WHERE a.response_id = r.id) THEN 1 ELSE 0 END), 0)
            FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
            WHERE s.survey_key = '{SurveyId}' AND r.source = '{Surveys.FormSource}'
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

    private static Percentiles PercentilesOf(List<double> latencies)
    {
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, Math.Max(0, (int)Math.Ceiling(q * latencies.Count) - 1))];
        return new Percentiles(At(0.50), At(0.95), At(0.99), latencies.Count == 0 ? double.NaN : latencies[^1]);
    }

    private static Spread Of(IReadOnlyList<Run> runs, Func<Run, double> figure)
    {
        var values = runs.Select(figure).Order().ToArray();
        if (values.Length == 0) return new Spread(double.NaN, double.NaN, double.NaN);
        var median = values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
        return new Spread(median, values[0], values[^1]);
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Describe(Run r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Accepted:N0} of {r.Submissions:N0} accepted in {r.Seconds:0.00} s = {r.SubmissionsPerSecond:N0} submissions/s ({r.Requests:N0} requests), CPU {r.CpuMillisecondsPerSubmission:0.0} ms per submission; GET p50 {r.Get.P50:0.0} p95 {r.Get.P95:0.0} p99 {r.Get.P99:0.0} ms; POST p50 {r.Post.P50:0.0} p95 {r.Post.P95:0.0} p99 {r.Post.P99:0.0} ms; errors {r.Errors:N0}");

    public static string Summary(Outcome o)
    {
        static string S(Spread s, string unit) => string.Create(CultureInfo.InvariantCulture, $"median {s.Median:0.0}{unit} [{s.Min:0.0}-{s.Max:0.0}]");
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Survey form on {o.Database}: {o.Clients} clients, {o.SubmissionsPerRun:N0} submissions per run, {o.Runs} runs after a warm-up"),
            string.Create(CultureInfo.InvariantCulture, $"  rate limit as in production ({o.PermitsPerMinute} submissions per address per minute) and the honeypot; {o.Addresses}"),
            string.Create(CultureInfo.InvariantCulture, $"  requests {o.WarmUp.Requests + o.Timed.Sum(r => r.Requests):N0} (warm-up {o.WarmUp.Requests:N0}, timed runs {o.Timed.Sum(r => r.Requests):N0}; a GET and a POST per submission)"),
            $"  throughput {S(o.SubmissionsPerSecond, " submissions/s")}; CPU per submission (app and clients, one process) {S(o.CpuMillisecondsPerSubmission, " ms")}",
            $"  GET  the form:   p50 {S(o.GetP50, " ms")}, p95 {S(o.GetP95, " ms")}, p99 {S(o.GetP99, " ms")}",
            $"  POST a response: p50 {S(o.PostP50, " ms")}, p95 {S(o.PostP95, " ms")}, p99 {S(o.PostP99, " ms")}",
            string.Create(CultureInfo.InvariantCulture, $"  errors {o.Errors:N0}; accepted by the app (thank-you redirect) {o.Accepted:N0}; responses counted in the database {o.Stored:N0} ({o.StoredWithoutAnswers:N0} without answers): {(o.CountsAgree ? "equal" : "NOT EQUAL")}"),
            string.Create(CultureInfo.InvariantCulture, $"  rate limit check: {o.RateLimitAccepted} of {o.PermitsPerMinute + 1} submissions from one address accepted, {o.RateLimitRefused} refused with 429: {(o.RateLimitInForce ? "in force" : "NOT in force")}"),
            $"  honeypot check: a filled honeypot was {(o.HoneypotShownThanks ? "shown the thank-you page" : "NOT shown the thank-you page")} and {(o.HoneypotStored ? "STORED" : "not stored")}",
            $"  load average (1, 5, 15 min) at the start {o.LoadAtStart}, at the end {o.LoadAtEnd}; {o.Cores} cores",
            (o.GoalMet ? "Goal met" : "Goal NOT met") + $": p95 of GET and POST under {GoalP95Milliseconds:0} ms (medians over the runs), no errors, every accepted submission stored"
                + (o.Clients < 50 ? $" (with {o.Clients} clients: the issue's goal is for 50)." : "."),
        };
        return string.Join(Environment.NewLine, lines);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"submission\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex SubmissionPattern();
}
