using System.Net;
using Csp.Storage;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests;

/// <summary>Sign-in, lockout, anti-forgery, security headers and account administration, on an in-memory SQLite database.</summary>
public sealed class AccountTests : IAsyncLifetime
{
    // csp.example.org: the HTTPS tests' host, which the deployment names as its own.
    private readonly CspAppFactory _app = CspAppFactory.InMemory(new Dictionary<string, string?> { ["Csp:LockoutFailures"] = "3", ["AllowedHosts"] = "localhost;csp.example.org" });

    public async Task InitializeAsync() => await _app.SeedUsersAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_first_administrator_signs_in_with_the_password_given_and_only_its_hash_is_stored()
    {
        var client = await _app.SignedInAsync("admin", TestUsers.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext().Users.Include(u => u.Roles).SingleAsync(u => u.UserName == "admin");
        Assert.DoesNotContain(TestUsers.AdminPassword, admin.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(["Administrator"], admin.Roles.Select(r => r.Role));
    }

    [Fact]
    public async Task Without_a_given_password_the_first_run_prints_a_generated_one_once()
    {
        var console = new StringWriter();
        var path = Path.Combine(Path.GetTempPath(), "csp-web-tests", $"first-{Guid.NewGuid():N}.sqlite");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string password;
        await using (var first = new CspAppFactory(path, new Dictionary<string, string?> { ["Csp:AdminPassword"] = null }, console))
        {
            _ = first.Server;
            var printed = System.Text.RegularExpressions.Regex.Match(console.ToString(), "password is (\\S+)");
            Assert.True(printed.Success, console.ToString());
            password = printed.Groups[1].Value;
            Assert.True(password.Length >= 20);
            await first.SignedInAsync("admin", password);
        }
        var again = new StringWriter();
        await using var second = new CspAppFactory(path, new Dictionary<string, string?> { ["Csp:AdminPassword"] = null }, again);
        _ = second.Server;
        Assert.DoesNotContain("password", again.ToString(), StringComparison.OrdinalIgnoreCase);
        await second.SignedInAsync("admin", password);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_whether_the_user_exists()
    {
        var client = _app.Anonymous();
        var wrong = await CspAppFactory.SignInAsync(client, "t.member", "not-the-password-at-all");
        var unknown = await CspAppFactory.SignInAsync(client, "nobody.here", "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The user name or password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The user name or password is not right.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(wrong.Headers.Location);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_so_that_even_the_right_password_is_refused_and_each_attempt_is_audited()
    {
        var client = _app.Anonymous();
        for (var i = 0; i < 3; i++) await CspAppFactory.SignInAsync(client, "t.partner", "wrong-password-" + i);

        var right = await CspAppFactory.SignInAsync(client, "t.partner", TestUsers.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        var log = await scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext().AuditLog.Where(e => e.UserName == "t.partner").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["sign-in-failed", "sign-in-failed", "sign-in-refused", "sign-in-refused"], log.Select(e => e.Action));
        Assert.Contains("locked the account", log[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_name_locks_after_as_many_failures_as_an_account_so_the_answer_does_not_tell_which_names_exist()
    {
        // Three failures lock an account in these tests (as above); before the fix an unknown name never locked, so the fourth
        // answer told a guesser that the name was not an account.
        var client = _app.Anonymous();
        for (var i = 0; i < 3; i++) await CspAppFactory.SignInAsync(client, "no.such.person", "wrong-password-" + i);

        var fourth = await (await CspAppFactory.SignInAsync(client, "no.such.person", "wrong-password-4")).Content.ReadAsStringAsync();

        Assert.Contains("This user name is locked after too many failed attempts", fourth, StringComparison.Ordinal);
        Assert.DoesNotContain("The user name or password is not right", fourth, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var client = await _app.SignedInAsync("t.admin");

        var signIn = await _app.Anonymous().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "t.admin", ["password"] = TestUsers.Password }));
        var createUser = await client.PostAsync("/admin/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "forged", ["Input.DisplayName"] = "Forged", ["Input.AgencyId"] = "1", ["Input.Roles"] = "Administrator",
        }));
        var upload = await client.PostAsync("/imports/uploads", new MultipartFormDataContent { { new StringContent("police-uk"), "kind" } });

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, createUser.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext().Users.AnyAsync(u => u.UserName == "forged"));
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_HTTPS_adds_HSTS()
    {
        var response = await _app.Anonymous().GetAsync("/account/sign-in");
        var https = await _app.Anonymous("https://csp.example.org").GetAsync("/account/sign-in");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.StartsWith("max-age=", https.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_strict_and_secure_over_HTTPS()
    {
        var client = _app.Anonymous("https://csp.example.org");
        var response = await CspAppFactory.SignInAsync(client, "t.member", TestUsers.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("csp.session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_creates_a_partner_officer_who_then_sees_the_dashboard_but_not_imports_users_or_the_audit_log()
    {
        var admin = await _app.SignedInAsync("admin", TestUsers.AdminPassword);
        var token = await CspAppFactory.FormTokenAsync(admin, "/admin/users");
        var created = await admin.PostAsync("/admin/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "p.officer", ["Input.DisplayName"] = "Pat Officer", ["Input.AgencyId"] = "2", ["Input.Roles"] = "PartnerOfficer",
            ["__RequestVerificationToken"] = token,
        }));
        var page = await created.Content.ReadAsStringAsync();
        var password = System.Text.RegularExpressions.Regex.Match(page, "id=\"created-password\">([^<]+)<").Groups[1].Value;

        var partner = await _app.SignedInAsync("p.officer", password);

        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/api/status")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/imports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/audit")).StatusCode);
        var audit = await (await admin.GetAsync("/audit?action=user-created")).Content.ReadAsStringAsync();
        Assert.Contains("p.officer", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_session_at_once()
    {
        var member = await _app.SignedInAsync("t.member");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/")).StatusCode);
        var admin = await _app.SignedInAsync("admin", TestUsers.AdminPassword);
        long id;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext().Users.SingleAsync(u => u.UserName == "t.member")).Id;
        }
        var token = await CspAppFactory.FormTokenAsync(admin, $"/admin/users/{id}");
        var saved = await admin.PostAsync($"/admin/users/{id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["displayName"] = "Test Member", ["agencyId"] = "1", ["roles"] = "Member", ["disabled"] = "true", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var after = await member.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await CspAppFactory.SignInAsync(_app.Anonymous(), "t.member", TestUsers.Password)).StatusCode);
    }

    [Fact]
    public async Task Health_answers_without_sign_in_and_the_dashboard_of_an_empty_database_says_what_to_do()
    {
        var health = await _app.Anonymous().GetAsync("/health");
        var dashboard = await (await _app.SignedInAsync("t.member")).GetStringAsync("/");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Contains("There is no police data in CSP Workbench yet.", dashboard, StringComparison.Ordinal);
    }
}

/// <summary>The sign-in rate limit, on its own app with a small limit.</summary>
public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_per_minute_get_429_while_showing_the_form_stays_free()
    {
        await using var app = CspAppFactory.InMemory(new Dictionary<string, string?> { ["Csp:SignInPermitsPerMinute"] = "3" });
        var client = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await CspAppFactory.SignInAsync(client, "admin", "wrong-password-" + i)).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }
}
