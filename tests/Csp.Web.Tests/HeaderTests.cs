using System.Net;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;

namespace Csp.Web.Tests;

/// <summary>
/// What a response tells a browser, a proxy and an attacker: only this site's host names are answered (a forged Host header
/// never reaches a redirect), nothing for one user is kept in a cache, a client refused for too many attempts is told when
/// to come back, and a form sent without its anti-forgery token gets a page that says the form expired.
/// </summary>
public sealed class HeaderTests : IAsyncLifetime
{
    private readonly CspAppFactory _app = CspAppFactory.InMemory(new Dictionary<string, string?> { ["Csp:SignInPermitsPerMinute"] = "3" });

    public async Task InitializeAsync() => await _app.SeedUsersAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_request_for_another_host_is_refused_and_never_redirected_there()
    {
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/");
        forged.Headers.Host = "evil.example";
        var response = await _app.Anonymous().SendAsync(forged);
        var local = await _app.Anonymous().GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        // This site's own sign-in redirect is a path: it names no host at all.
        Assert.Equal(HttpStatusCode.Redirect, local.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2F", local.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Pages_the_api_the_audit_log_and_reports_are_never_stored_while_the_apps_scripts_may_be()
    {
        var admin = await _app.SignedInAsync(TestUsers.For(Roles.Administrator));
        foreach (var path in new[] { "/", "/audit", "/admin/users", "/api/status", "/api/assessment?area=Nowhere&yearEnding=2025-09", "/account/password", "/account/sign-in",
            "/reports/committee?format=html&classification=restricted&area=E07000109&yearEnding=2025-09", "/dashboard/map?area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09" })
        {
            var response = await admin.GetAsync(path);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} ({(int)response.StatusCode}): Cache-Control '{response.Headers.CacheControl}'");
        }
        var script = await admin.GetAsync("/js/dashboard.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.False(script.Headers.CacheControl?.NoStore == true);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_with_retry_after()
    {
        var client = _app.Anonymous();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 5 && refused is null; i++)
        {
            var response = await CspAppFactory.SignInAsync(client, "admin", "wrong-password-" + i);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
        }

        Assert.NotNull(refused);
        var wait = refused.Headers.RetryAfter?.Delta;
        Assert.True(wait is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_sent_without_its_anti_forgery_token_gets_a_page_that_says_it_expired()
    {
        var signedIn = await _app.SignedInAsync(TestUsers.For(Roles.Administrator));

        var signIn = await _app.Anonymous().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "t.admin", ["password"] = "x" }));
        var stale = await signedIn.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "not-a-token" }));

        foreach (var response in new[] { signIn, stale })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("<h1>This form has expired</h1>", html, StringComparison.Ordinal);
            Assert.Contains("reload the page", html, StringComparison.Ordinal);
        }
    }
}
