using System.Net;
using System.Text.RegularExpressions;
using Csp.Storage;
using Csp.Web.Accounts;
using Csp.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Csp.Testing;

namespace Csp.Web.Tests.Infrastructure;

/// <summary>
/// The web app in memory (TestServer) on a given database, with the first administrator's password fixed and one user per
/// role. <see cref="InMemory"/> gives an empty shared-cache in-memory SQLite database held open for the app's lifetime.
/// </summary>
public sealed partial class CspAppFactory(string database, IReadOnlyDictionary<string, string?>? settings = null, TextWriter? console = null) : WebApplicationFactory<Program>
{
    public string Database { get; } = database;

    public static CspAppFactory InMemory(IReadOnlyDictionary<string, string?>? settings = null, TextWriter? console = null) =>
        new($"Data Source=csp-web-{Guid.NewGuid():N};Mode=Memory;Cache=Shared", settings, console);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Csp:Database", Database);
        builder.UseSetting("Csp:Home", Repository.Root);
        builder.UseSetting("Csp:AdminPassword", TestUsers.AdminPassword);
        // Many sign-ins come from one test client: the limiter has its own test with a small limit.
        builder.UseSetting("Csp:SignInPermitsPerMinute", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureServices(s => s.AddSingleton(new FirstRunConsole(console ?? TextWriter.Null)));
    }

    /// <summary>Creates the users of <see cref="TestUsers.ByRole"/> (once per database).</summary>
    public async Task SeedUsersAsync()
    {
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var db = scope.ServiceProvider.GetRequiredService<CspDbContext>();
        var agencies = await db.Agencies.ToListAsync();
        foreach (var (name, role) in TestUsers.ByRole)
        {
            if (await accounts.ExistsAsync(name, CancellationToken.None)) continue;
            var agency = agencies.First(a => a.Kind == (role == Security.Roles.PartnerOfficer ? "Police" : "Council"));
            await accounts.CreateUserAsync(name, "Test " + role, agency.Id, [role], TestUsers.Password, CancellationToken.None);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects (tests look at them).</summary>
    public HttpClient Anonymous(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    public async Task<HttpClient> SignedInAsync(string userName, string password = TestUsers.Password)
    {
        var client = Anonymous();
        var response = await SignInAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        var token = await FormTokenAsync(client, "/account/sign-in");
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The anti-forgery token of the first form on a page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No anti-forgery token on " + path));
    }

    /// <summary>The token the imports page gives its script (data-token).</summary>
    public static async Task<string> UploadTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/imports");
        return WebUtility.HtmlDecode(DataTokenPattern().Match(html).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex DataTokenPattern();
}
