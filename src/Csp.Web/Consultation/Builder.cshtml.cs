using System.Globalization;
using Csp.Core.Consultation;
using Csp.Workbench.Audit;
using Csp.Workbench.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Consultation;

/// <summary>
/// /consultation/builder/{id?}: the survey builder (analysts and administrators, as the consultation folder). A new survey
/// is saved as a draft; questions of the seeds' kinds, each required or optional, with the survey's open and close dates
/// and area; then opened, after which the public form shows it. A survey with responses keeps its questions (the use case
/// refuses a change, as the import does). Works without JavaScript: one blank question row to add each time it is saved,
/// and move up / move down buttons on each question (each a submit button that saves the new order).
/// Every save and opening is audited.
/// </summary>
public sealed class BuilderModel(Surveys surveys) : PageModel
{
    [BindProperty] public string? SurveyId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Introduction { get; set; }
    [BindProperty] public string? Opens { get; set; }
    [BindProperty] public string? Closes { get; set; }
    [BindProperty] public string? Area { get; set; }
    [BindProperty] public List<QuestionInput> Questions { get; set; } = [];

    public SurveyEditing? Editing { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? Message { get; private set; }

    public static IReadOnlyList<(QuestionKind Kind, string Label)> Kinds { get; } =
    [
        (QuestionKind.PriorityGrid, "Priority grid (High / Medium / Low per issue)"),
        (QuestionKind.ProblemScale, "How much of a problem (per issue, with Don't know)"),
        (QuestionKind.SingleChoice, "Single choice (optionally with \"other, please say\")"),
        (QuestionKind.RankedChoice, "Ranked choice (first and second choice)"),
        (QuestionKind.YesNoDontKnow, "Yes / No / Don't know"),
        (QuestionKind.FreeText, "Free text"),
        (QuestionKind.AgeBand, "Age band"),
        (QuestionKind.Sex, "Sex / gender"),
        (QuestionKind.Ethnicity, "Ethnicity (ONS categories)"),
        (QuestionKind.Postcode, "Postcode (optional; never published)"),
    ];

    private Actor Actor => new(User.Identity?.Name, HttpContext.Connection.RemoteIpAddress?.ToString());

    public async Task<IActionResult> OnGetAsync(string? id, string? saved, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Editing = await surveys.EditingAsync(id, cancellationToken).ConfigureAwait(false);
            if (Editing is null) return NotFound();
            var s = Editing.Survey;
            (SurveyId, Title, Introduction, Area) = (s.Id, s.Title, s.Introduction, Editing.AreaCode);
            (Opens, Closes) = (s.Opens.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Closes.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Questions = s.Questions.Select(QuestionInput.Of).ToList();
            Message = saved switch { "saved" => "Saved.", "moved" => "Moved and saved.", "opened" => "Opened: the public form now takes responses between its dates.", _ => null };
        }
        else
        {
            var today = surveys.Today;
            (Opens, Closes) = (today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        Questions.Add(new QuestionInput());
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string? id, CancellationToken cancellationToken) => SaveAsync(id, "saved", null, cancellationToken);

    /// <summary>
    /// Moves question <paramref name="question"/> (0-based, as the form numbers its rows) one place up or down, and saves:
    /// a button per question, so it works without JavaScript. A question not yet given an id keeps the one its old place
    /// gave it (q3 stays q3), so moving never renames a question. Audited as any save.
    /// </summary>
    public Task<IActionResult> OnPostMoveAsync(string? id, int question, string? direction, CancellationToken cancellationToken)
    {
        // The rows as posted, indexed as the form numbers them (the blank row to add a question included).
        var rows = Questions;
        for (var i = 0; i < rows.Count; i++)
        {
            // The id a save would give it by its place (QuestionInput.ToQuestion), fixed before the place changes.
            if (!string.IsNullOrWhiteSpace(rows[i].Text) && string.IsNullOrWhiteSpace(rows[i].Id)) rows[i].Id = $"q{i + 1}";
        }
        var to = direction == "up" ? question - 1 : question + 1;
        static bool Written(List<QuestionInput> list, int i) => i >= 0 && i < list.Count && !string.IsNullOrWhiteSpace(list[i].Text);
        if (Written(rows, question) && Written(rows, to)) (rows[question], rows[to]) = (rows[to], rows[question]);
        else to = question;
        return SaveAsync(id, "moved", to, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(string? id, string saved, int? focus, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (!DateOnly.TryParseExact(Opens, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)) problems.Add("the open date is not a date (YYYY-MM-DD).");
        if (!DateOnly.TryParseExact(Closes, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes)) problems.Add("the close date is not a date (YYYY-MM-DD).");
        var questions = new List<SurveyQuestion>();
        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i].ToQuestion(i + 1, out var problem) is { } q) questions.Add(q);
            if (problem is not null) problems.Add(problem);
        }
        var key = id ?? SurveyId ?? "";
        if (problems.Count == 0)
        {
            var change = await surveys.SaveAsync(new SurveyDraft(key, Title ?? "", Introduction, opens, closes, Area, questions), Actor, cancellationToken).ConfigureAwait(false);
            if (change.Saved) return Redirect($"/consultation/builder/{Uri.EscapeDataString(key.Trim())}?saved={saved}{(focus is { } n ? $"#question-{n + 1}" : "")}");
            problems.AddRange(change.Problems);
        }
        Problems = problems;
        if (id is not null) Editing = await surveys.EditingAsync(id, cancellationToken).ConfigureAwait(false);
        Questions = Questions.Where(q => !q.Remove && !string.IsNullOrWhiteSpace(q.Text)).Append(new QuestionInput()).ToList();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(string id, CancellationToken cancellationToken)
    {
        var change = await surveys.OpenAsync(id, Actor, cancellationToken).ConfigureAwait(false);
        if (change.Saved) return Redirect($"/consultation/builder/{Uri.EscapeDataString(id)}?saved=opened");
        var result = await OnGetAsync(id, null, cancellationToken).ConfigureAwait(false);
        Problems = change.Problems;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return result;
    }
}
