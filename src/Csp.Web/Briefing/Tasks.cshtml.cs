using System.Globalization;
using Csp.Workbench.Briefing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Briefing;

/// <summary>The tasks the user sees (their agency's, or all for analysts), overdue first, and the form to raise one.</summary>
public sealed class TasksModel(Taskings taskings, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }

    [BindProperty(SupportsGet = true)] public string? Area { get; set; }

    [BindProperty] public string? What { get; set; }
    [BindProperty] public string? Where { get; set; }
    [BindProperty] public string? Due { get; set; }
    [BindProperty] public string? OwnerAgency { get; set; }
    [BindProperty] public string? OwnerOfficer { get; set; }
    [BindProperty] public string? Incidents { get; set; }
    [BindProperty] public string? CaseReference { get; set; }

    public IReadOnlyList<TaskingView> Tasks { get; private set; } = [];

    public IReadOnlyList<string> Agencies { get; private set; } = [];

    public string? Problem { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(Core.Periods.UkTime.Now(clock));

    public BriefingViewer Viewer => BriefingUser.Of(HttpContext);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(Due ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            Problem = "Give the due day (the last day for it).";
        }
        else
        {
            var draft = new TaskingDraft(What ?? "", Where, due, OwnerAgency, OwnerOfficer, Area,
                (Incidents ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), CaseReference);
            var outcome = await taskings.RaiseAsync(draft, Viewer, null, cancellationToken).ConfigureAwait(false);
            if (outcome.Task is { } task) return Redirect("/briefing/tasks/" + Uri.EscapeDataString(task.Reference));
            Problem = outcome.Problem;
        }
        Response.StatusCode = 400;
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tasks = await taskings.ListAsync(Viewer, !All, null, cancellationToken).ConfigureAwait(false);
        Agencies = await taskings.AgenciesAsync(cancellationToken).ConfigureAwait(false);
        Due ??= Today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
