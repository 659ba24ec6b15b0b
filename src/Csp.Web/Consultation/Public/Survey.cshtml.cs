using Csp.Core.Consultation;
using Csp.Workbench.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Consultation.Public;

/// <summary>
/// /survey/{id}: the public consultation form, for anyone (no sign-in). Plain HTML that works without JavaScript and by
/// keyboard: a fieldset and legend per question, labels on every control, an error summary linking to each field, answers
/// kept when the form comes back with errors. A hidden honeypot field catches form-filling robots (what they send is not
/// stored); submissions are rate-limited per address; one response per form shown (a submission id), written before the
/// thank-you page.
/// </summary>
public sealed class SurveyModel(Surveys surveys, ILogger<SurveyModel> logger) : PageModel
{
    /// <summary>The honeypot: hidden from people (and from screen readers); a robot fills it.</summary>
    public const string Honeypot = "website";

    public Survey? Survey { get; private set; }

    public bool Closed { get; private set; }

    public bool NotYetOpen { get; private set; }

    public string SubmissionId { get; private set; } = Guid.NewGuid().ToString("N");

    public IReadOnlyList<AnswerError> Errors { get; private set; } = [];

    public IReadOnlyDictionary<AnswerKey, string> Given { get; private set; } = new Dictionary<AnswerKey, string>();

    public string? Value(SurveyQuestion question, AnswerKey key) =>
        Given.FirstOrDefault(g => string.Equals(g.Key.QuestionId, key.QuestionId, StringComparison.OrdinalIgnoreCase) && (g.Key.Part is null ? key.Part is null : key.Part is not null && OptionText.Same(g.Key.Part, key.Part))).Value;

    public IEnumerable<AnswerError> ErrorsFor(AnswerKey key) => Errors.Where(e => e.Key == key);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Survey = await surveys.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (Survey is null) return NotFound();
        SetDates();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        Survey = await surveys.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (Survey is null) return NotFound();
        SetDates();
        if (!string.IsNullOrEmpty(Request.Form[Honeypot]))
        {
            logger.LogInformation("A submission to survey {Survey} filled the honeypot field and was not stored.", Survey.Id);
            return Redirect($"/survey/{Uri.EscapeDataString(Survey.Id)}/thanks");
        }
        var answers = SurveyFields.Read(Survey, name => Request.Form[name].ToString());
        SubmissionId = Request.Form["submission"].ToString();
        var outcome = await surveys.SubmitAsync(Survey.Id, SubmissionId, answers, cancellationToken).ConfigureAwait(false);
        switch (outcome.Status)
        {
            case SubmissionStatus.Stored or SubmissionStatus.AlreadyReceived:
                return Redirect($"/survey/{Uri.EscapeDataString(Survey.Id)}/thanks");
            case SubmissionStatus.NotFound:
                return NotFound();
            default:
                Errors = outcome.Errors;
                Given = answers;
                if (!Guid.TryParseExact(SubmissionId, "N", out _)) SubmissionId = Guid.NewGuid().ToString("N");
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
        }
    }

    private void SetDates()
    {
        var today = surveys.Today;
        Closed = today > Survey!.Closes;
        NotYetOpen = today < Survey.Opens;
    }
}
