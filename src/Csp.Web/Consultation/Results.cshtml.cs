using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Workbench.Audit;
using Csp.Workbench.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Consultation;

/// <summary>
/// /consultation/{id}: a survey's results for the analyst: each question's table in the seeds' shape (n and % of those who
/// answered, the base, no answer apart, the weighted % beside), the free-text themes, the sample against the ONS
/// population, and the community concern it gives priority scoring. Never a postcode. The report download
/// (<c>?handler=report&amp;format=pdf|docx|xlsx|html</c>, public: small demographic counts withheld) is audited.
/// <c>?comments=QUESTION</c> lists a free-text question's comments with their themes, for the analyst to move one to other
/// themes (or none): the reading and every move are audited, as the comments may name someone.
/// </summary>
public sealed class ResultsModel(Surveys surveys, AuditTrail audit) : PageModel
{
    public SurveyReport? Report { get; private set; }

    /// <summary>The free-text question whose comments are listed (?comments=), or null.</summary>
    public ThemedQuestion? Comments { get; private set; }

    public string? Moved { get; private set; }

    private Actor Actor => new(User.Identity?.Name, HttpContext.Connection.RemoteIpAddress?.ToString());

    public async Task<IActionResult> OnGetAsync(string id, string? comments, string? moved, CancellationToken cancellationToken)
    {
        Report = await surveys.ResultsAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (Report is null) return NotFound();
        Moved = moved;
        if (comments is not null)
        {
            Comments = Report.Themes.FirstOrDefault(t => string.Equals(t.QuestionId, comments, StringComparison.OrdinalIgnoreCase));
            if (Comments is null) return NotFound();
            await audit.RecordAsync(Actor, AuditActions.SurveyCommentsViewed, null, $"{Report.Survey.Id}/{Comments.QuestionId}", $"{Comments.Themes.Comments} comments", cancellationToken).ConfigureAwait(false);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostReassignAsync(string id, string question, string response, string? themes, CancellationToken cancellationToken)
    {
        var chosen = (themes ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (!await surveys.ReassignAsync(id, question, response, chosen, Actor, cancellationToken).ConfigureAwait(false)) return NotFound();
        return Redirect($"/consultation/{Uri.EscapeDataString(id)}?comments={Uri.EscapeDataString(question)}&moved={Uri.EscapeDataString(response)}#c-{Uri.EscapeDataString(response)}");
    }

    public async Task<IActionResult> OnGetReportAsync(string id, string? format, CancellationToken cancellationToken)
    {
        var chosen = (format ?? "pdf").ToLowerInvariant() switch
        {
            "html" => ReportFormat.Html, "pdf" => ReportFormat.Pdf, "docx" => ReportFormat.Docx, "xlsx" => ReportFormat.Xlsx, _ => (ReportFormat?)null,
        };
        if (chosen is not { } f) return new ObjectResult(new ProblemDetails { Status = 400, Title = "No such format", Detail = "Choose format html, pdf, docx or xlsx." }) { StatusCode = 400 };
        var (file, refusal) = await surveys.ReportAsync(id, f, Classification.Public(), cancellationToken).ConfigureAwait(false);
        if (refusal is not null) return new ObjectResult(new ProblemDetails { Status = 422, Title = "The report may not be published", Detail = refusal }) { StatusCode = 422 };
        if (file is null) return NotFound();
        await audit.RecordAsync(Actor, AuditActions.ReportDownload, null, $"survey {id}", $"{f.ToString().ToUpperInvariant()}, {file.Title}", cancellationToken).ConfigureAwait(false);
        if (f == ReportFormat.Html)
        {
            Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
            return File(file.Content, file.ContentType);
        }
        return File(file.Content, file.ContentType, file.FileName);
    }
}
