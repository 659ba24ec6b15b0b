using Csp.Storage;
using Csp.Workbench.Accounts;
using Csp.Web.Hosting;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>
/// The real app on 127.0.0.1 (Kestrel, a free port) on a copy of the sample, and Debian's Chromium driven by Playwright:
/// one of each for a test class. Playwright never downloads a browser here: it launches /usr/bin/chromium.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's services, for a test that changes the data under it.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>Where screenshots go when CSP_SCREENSHOTS names a folder (README: "Screenshots").</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("CSP_SCREENSHOTS") is { Length: > 0 } folder ? Directory.CreateDirectory(folder).FullName : null;

    public async Task InitializeAsync()
    {
        var database = await SampleDatabases.SqliteCopyAsync();
        _app = CspWebApp.Create(["--urls", "http://127.0.0.1:0"], o =>
        {
            o.Database = database;
            o.Home = Repository.Root;
            o.AdminPassword = TestUsers.AdminPassword;
            o.SignInPermitsPerMinute = 100_000;
        }, TextWriter.Null);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var agencies = await scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext().Agencies.ToListAsync();
            foreach (var (name, role) in TestUsers.ByRole)
            {
                await accounts.CreateUserAsync(name, role == Csp.Workbench.Accounts.Roles.Analyst ? "Alex Analyst" : "Test " + role, agencies.First(a => a.Kind == "Council").Id, [role], TestUsers.Password, CancellationToken.None);
            }
        }
        if (!File.Exists(Chromium)) throw new InvalidOperationException("Debian's chromium is not installed (./test installs it).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A new browser context (its own cookies) with a page, laptop-sized unless told.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "en-GB" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
