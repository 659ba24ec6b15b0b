namespace Csp.Web.Hosting;

/// <summary>
/// The web app's settings, from the "Csp" configuration section (appsettings, <c>Csp__Database</c> environment variables,
/// or what <c>csp serve</c> passes).
/// </summary>
public sealed class CspWebOptions
{
    public const string Section = "Csp";

    /// <summary>A SQLite file or a PostgreSQL connection string; default CSP_DATABASE, else data/db/csp.sqlite under the home.</summary>
    public string? Database { get; set; }

    /// <summary>The repository or install folder (data/config, data/sample); default CSP_HOME or the folder that holds Csp.slnx.</summary>
    public string? Home { get; set; }

    /// <summary>Load the bundled sample data on start when the database holds no police data (the first run of <c>csp serve</c>).</summary>
    public bool ImportSampleWhenEmpty { get; set; }

    /// <summary>The first administrator's password; default the CSP_ADMIN_PASSWORD environment variable, else one is generated and printed once.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>The area the dashboard opens on (ONS code or name), e.g. the partnership's own; default the first district with data.</summary>
    public string? DefaultArea { get; set; }

    /// <summary>Sign-in attempts (POST) allowed per client address per minute before 429 Too Many Requests.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Public survey submissions (POST /survey/{id}) allowed per client address per minute before 429 Too Many Requests.</summary>
    public int SurveyPermitsPerMinute { get; set; } = 10;

    /// <summary>
    /// Take the client's address from X-Forwarded-For (and the scheme from X-Forwarded-Proto) when, and only when, the
    /// request comes from this machine (127.0.0.1 or ::1): for a reverse proxy on the same machine (nginx, Caddy) in front
    /// of the app, so that the per-address rate limits and the audit log see the resident's or user's address rather than
    /// the proxy's. Off by default: a request from anywhere else is never believed, and with it off the header is ignored.
    /// <c>csp bench survey-form</c> turns it on to give each simulated resident an address of their own.
    /// </summary>
    public bool ForwardedHeadersFromLoopback { get; set; }

    /// <summary>Failed sign-ins in a row that lock an account, and for how long.</summary>
    public int LockoutFailures { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The largest upload accepted by the imports page, in bytes (the files are streamed to disk, not held in memory).</summary>
    public long UploadLimitBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Map tiles under the boundaries, e.g. <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c>; none by default: the
    /// boundaries are drawn on their own, and no request leaves the app. The tile host is added to the page's
    /// Content-Security-Policy when set.
    /// </summary>
    public string? MapTileUrl { get; set; }

    public string? MapTileAttribution { get; set; }
}
