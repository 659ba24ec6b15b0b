using System.Threading.RateLimiting;
using Csp.Workbench.Hosting;
using Csp.Storage;
using Csp.Web.Accounts;
using Csp.Web.Api;
using Csp.Web.Assessment;
using Csp.Web.Audit;
using Csp.Chromium;
using Csp.Reporting.Rendering;
using Csp.Web.Imports;
using Csp.Web.Reports;
using Csp.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

using Csp.Workbench;
using Csp.Workbench.Accounts;
using Csp.Workbench.Assessment;

namespace Csp.Web.Hosting;

/// <summary>Builds the web app: the same for <c>./csp serve</c>, <c>dotnet run</c> and the tests.</summary>
public static class CspWebApp
{
    /// <summary>Where the app listens when no <c>--urls</c> or ASPNETCORE_URLS is given: this machine only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <param name="configure">Settings that win over configuration (the CLI's options).</param>
    /// <param name="console">Where the first run prints what a person starting the app must see (the administrator's password once, the sample import).</param>
    public static WebApplication Create(string[] args, Action<CspWebOptions>? configure = null, TextWriter? console = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The pages and endpoints live in this assembly, whichever program hosts it (csp serve's entry assembly is the CLI).
            ApplicationName = typeof(CspWebApp).Assembly.GetName().Name,
            // The pages are compiled into the assembly; static files are copied beside it (see Csp.Web.csproj), so the app
            // serves them whether it runs from the CLI's output folder, the tests' or its own.
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        AllowHosts(builder.Configuration);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        AddServices(builder, configure, console ?? Console.Out);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder, Action<CspWebOptions>? configure, TextWriter console)
    {
        var services = builder.Services;
        var options = services.AddOptions<CspWebOptions>().Bind(builder.Configuration.GetSection(CspWebOptions.Section));
        if (configure is not null) options.PostConfigure(configure);
        services.AddSingleton(new FirstRunConsole(console));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<CspWebOptions>>().Value;
            return CspDatabase.Resolve(o.Database ?? Environment.GetEnvironmentVariable(CspDatabase.EnvironmentVariable), HomeOf(o));
        });
        // One Chromium for the app's PDF reports, started on the first such download and closed with the app.
        services.AddSingleton(_ => new SharedChromium());
        services.AddSingleton(sp => new ReportRenderers(sp.GetRequiredService<SharedChromium>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<CspWebOptions>>().Value;
            return new LockoutPolicy(o.LockoutFailures, o.LockoutMinutes);
        });
        services.AddScoped<AuditLog>();
        services.AddCsp(sp => sp.GetRequiredService<CspDatabase>(), sp => HomeOf(sp.GetRequiredService<IOptions<CspWebOptions>>().Value));
        services.AddSingleton<ImportQueue>();
        services.AddSingleton<ImportBoard>();
        services.AddHostedService<ImportWorker>();
        services.AddHostedService<FirstRun>();
        services.AddHostedService<Csp.Web.Cases.RetentionWorker>();
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.ConfigureHttpJsonOptions(o => CspJson.Configure(o.SerializerOptions));
        services.AddOpenApi(o => o.AddDocumentTransformer<ApiDocument>());

        services.AddDataProtection().SetApplicationName("CSP Workbench");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeysInDatabase>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "csp.session";
            o.Cookie.HttpOnly = true;
            // Strict: the session cookie is never sent with a request another site starts.
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the app is reached over HTTPS (behind TLS in a deployment); plain HTTP on loopback for one machine.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/error/403";
            o.Events = new SessionCookieEvents();
        });
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "csp.antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Say when to try again: the limiter's window, else a minute.
            o.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(SignInRateLimit.Policy, SignInRateLimit.Partition);
            o.AddPolicy(SurveyRateLimit.Policy, SurveyRateLimit.Partition);
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        // A query parameter not of its type (populationYear=abc) is the caller's mistake: 400 with problem details, in
        // Development as in production (where the default would throw and answer 500).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddRazorPages(o =>
        {
            // Feature folders hold their pages: Accounts/SignIn.cshtml beside the code it uses.
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/Assessment", Policies.Dashboard);
            o.Conventions.AuthorizeFolder("/Imports", Policies.Imports);
            o.Conventions.AuthorizeFolder("/Briefing", Policies.Briefing);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Users);
            o.Conventions.AuthorizeFolder("/Audit", Policies.AuditLog);
            o.Conventions.AuthorizeFolder("/Cases", Policies.Cases);
            o.Conventions.AuthorizeFolder("/Panel", Policies.Cases);
            o.Conventions.AuthorizeFolder("/DataProtection", Policies.DataProtection);
            o.Conventions.AuthorizeFolder("/Performance", Policies.Performance);
            o.Conventions.AuthorizePage("/Performance/Returns", Policies.Returns);
            o.Conventions.AuthorizeFolder("/Strategy", Policies.Strategy);
            o.Conventions.AuthorizePage("/Strategy/Decision", Policies.ManageStrategy);
            o.Conventions.AuthorizeFolder("/ActionPlan", Policies.ActionPlan);
            // Changing and adding rows: administrators and analysts (the use case refuses the other roles as well).
            o.Conventions.AuthorizePage("/ActionPlan/Edit", Policies.ManageStrategy);
            o.Conventions.AuthorizePage("/ActionPlan/New", Policies.ManageStrategy);
            o.Conventions.AuthorizeFolder("/Meetings", Policies.Strategy);
            o.Conventions.AuthorizeFolder("/Publishing", Policies.ManageStrategy);
            // What the partnership has published: anyone, no sign-in (the documents themselves are served by PublicSummaryEndpoints).
            o.Conventions.AllowAnonymousToFolder("/Public");
            o.Conventions.AuthorizeFolder("/Api", Policies.Api);
            o.Conventions.AuthorizeFolder("/Consultation", Policies.Consultation);
            // The public survey form and its thank-you page: anyone, no sign-in (this folder only), rate-limited per address.
            o.Conventions.AllowAnonymousToFolder("/Consultation/Public");
            o.Conventions.AddFolderApplicationModelConvention("/Consultation/Public",
                m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(SurveyRateLimit.Policy)));
            o.Conventions.AuthorizeFolder("/Accounts", Policies.SignedIn);
            o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
            o.Conventions.AllowAnonymousToPage("/Shared/Error");
        });
    }

    private static void UsePipeline(WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CspWebOptions>>().Value.ForwardedHeadersFromLoopback)
        {
            // Only a proxy on this machine is believed (see CspWebOptions.ForwardedHeadersFromLoopback); the last address it
            // adds is the client's.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
            forwarded.KnownProxies.Clear();
            forwarded.KnownProxies.Add(System.Net.IPAddress.Loopback);
            forwarded.KnownProxies.Add(System.Net.IPAddress.IPv6Loopback);
            app.UseForwardedHeaders(forwarded);
        }
        if (Csp.Storage.Diagnostics.StartupTrace.IsOn) app.Use(TraceFirstRequests);
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseHsts();
        app.UseWhen(c => !ApiPaths.IsApi(c.Request.Path), b => b.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(c => ApiPaths.IsApi(c.Request.Path) || c.Request.Path.StartsWithSegments("/reports"), b => b.UseStatusCodePages(UnreadableQuery.WriteAsync));
        app.UseStaticFiles();
        // Everything past the static files (the app's scripts, styles and pictures, the same for everyone) is for one user:
        // pages, the API, the audit log, reports. No browser or proxy keeps a copy. "no-cache, no-store" and Pragma no-cache
        // are what antiforgery sets on every page with a form: said here already, it has nothing to override, and does not
        // log a warning for each form shown (the public survey form under load wrote one per resident).
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-cache, no-store";
            context.Response.Headers.Pragma = "no-cache";
            return next(context);
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        app.MapOpenApi().RequireAuthorization(Policies.Api);
        ApiEndpoints.Map(app);
        DashboardEndpoints.Map(app);
        ImportEndpoints.Map(app);
        ReportEndpoints.Map(app);
        Csp.Web.Briefing.BriefingEndpoints.Map(app);
        Csp.Web.Performance.PerformanceEndpoints.Map(app);
        Csp.Web.Strategy.StrategyEndpoints.Map(app);
        Csp.Web.Meetings.MeetingEndpoints.Map(app);
        Csp.Web.Public.PublicEndpoints.Map(app);
        Csp.Web.Cases.CaseDocumentEndpoints.Map(app);
        Csp.Web.DataProtection.SubjectAccessEndpoints.Map(app);
    }

    /// <summary>
    /// The host names the app answers to (ASP.NET Core's host filtering, the <c>AllowedHosts</c> setting): by default this
    /// machine's (localhost, 127.0.0.1, [::1]) and any named in <c>--urls</c>; a request for another host gets 400, so a
    /// forged <c>Host</c> header never reaches a page or a redirect. A deployment behind a proxy names its own
    /// (<c>AllowedHosts=csp.example.org</c>, several separated by ';').
    /// </summary>
    private static void AllowHosts(ConfigurationManager configuration)
    {
        if (!string.IsNullOrEmpty(configuration["AllowedHosts"])) return;
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        foreach (var url in (configuration["urls"] ?? DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
            host = host.Split('/')[0];
            host = host.StartsWith('[') ? host[..(host.IndexOf(']') + 1)] : host.Split(':')[0];
            // A wildcard address (0.0.0.0, *, +) names no host: the deployment must say which it answers to.
            if (host is not ("" or "0.0.0.0" or "*" or "+" or "[::]") && !hosts.Contains(host, StringComparer.OrdinalIgnoreCase)) hosts.Add(host);
        }
        configuration["AllowedHosts"] = string.Join(';', hosts);
    }

    private static int _tracedRequests;

    /// <summary>With CSP_TRACE=1, the first few requests' arrival and answer, among the start-up marks.</summary>
    private static async Task TraceFirstRequests(HttpContext context, RequestDelegate next)
    {
        if (Interlocked.Increment(ref _tracedRequests) > 5)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var what = $"serve: {context.Request.Method} {context.Request.Path}";
        Csp.Storage.Diagnostics.StartupTrace.Mark(what + " in");
        await next(context).ConfigureAwait(false);
        Csp.Storage.Diagnostics.StartupTrace.Mark($"{what} answered {context.Response.StatusCode}");
    }

    public static string HomeOf(CspWebOptions options) => options.Home ?? CspHome.Find();

    /// <summary>
    /// Data protection keys (which sign the session and anti-forgery cookies) in the database: sign-ins survive a restart,
    /// on SQLite and PostgreSQL alike, and every instance of the app over one database shares them. ASP.NET Core warns at
    /// start that they are not encrypted at rest: whoever can read the database can forge a cookie, so the database is
    /// guarded as the accounts in it are.
    /// </summary>
    private sealed class KeysInDatabase(DatabaseKeys keys) : IConfigureOptions<KeyManagementOptions>
    {
        public void Configure(KeyManagementOptions options) => options.XmlRepository = new DatabaseKeyRepository(keys);
    }
}
