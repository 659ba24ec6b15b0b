using System.Globalization;
using Csp.Reporting.Rendering;
using Csp.Web.Security;
using Csp.Workbench.Assessment;
using Csp.Workbench.Audit;
using Csp.Workbench.Briefing;

namespace Csp.Web.Briefing;

/// <summary>
/// <c>GET /briefing/print?area=...&amp;since=...&amp;until=...&amp;sinceLast=true&amp;format=pdf|html</c>: the briefing on one
/// page for the morning meeting (PDF printed by Chromium). Roles of the briefing only; every download is audited.
/// </summary>
public static class BriefingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/briefing").RequireAuthorization(Policies.Briefing)
            .MapGet("/print", PrintAsync)
            .WithName("PrintBriefing")
            .ExcludeFromDescription();
    }

    private static async Task<IResult> PrintAsync(string? area, string? since, string? until, bool? sinceLast, string? format, HttpContext http,
        Briefings briefings, BriefingPrint print, AuditTrail audit, CancellationToken cancellationToken)
    {
        var chosen = (format ?? "pdf").ToLowerInvariant() switch { "pdf" => ReportFormat.Pdf, "html" => ReportFormat.Html, _ => (ReportFormat?)null };
        if (chosen is not { } f) return Results.Problem("Choose format pdf or html.", statusCode: 400, title: "No such format");
        if (!TryTime(since, out var from) || !TryTime(until, out var to)) return Results.Problem("since and until are YYYY-MM-DDTHH:MM (UK local time).", statusCode: 400, title: "The window is not understood");
        var viewer = BriefingUser.Of(http) with { PersonalDataEntitled = false }; // the printout never carries victim keys
        var outcome = await briefings.BuildAsync(new BriefingQuery(area ?? "", from, to, sinceLast ?? false), viewer, cancellationToken).ConfigureAwait(false);
        if (outcome.Result is null)
        {
            return Results.Problem(outcome.Problem, statusCode: outcome.Kind switch { AnswerKind.BadRequest => 400, AnswerKind.NotFound => 404, _ => 422 }, title: "No briefing");
        }
        var file = await print.RenderAsync(outcome, f, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(new Actor(viewer.UserName, viewer.Address), AuditActions.ReportDownload, null, $"briefing {outcome.Area!.Name} ({outcome.Area.Code})",
            string.Create(CultureInfo.InvariantCulture, $"{f.ToString().ToUpperInvariant()}, {outcome.Result.Since:yyyy-MM-dd HH:mm} to {outcome.Result.Until:yyyy-MM-dd HH:mm}"), cancellationToken).ConfigureAwait(false);
        if (f == ReportFormat.Html)
        {
            http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
            return Results.File(file.Content, file.ContentType);
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    internal static bool TryTime(string? text, out DateTime? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return false;
        value = t;
        return true;
    }
}
