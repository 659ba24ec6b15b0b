using Csp.Web.Strategy;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.ActionPlan;

/// <summary>
/// /action-plan/new[?theme=N][&amp;strategy=ID]: an administrator or analyst adds an action under a theme of the plan (the
/// current version's unless a strategy is given); its ref is the theme's next unless one is given (policy ManageStrategy on
/// the page; the use case refuses every other role too).
/// </summary>
public sealed class NewModel(ActionPlans plans) : PageModel
{
    public RowForm Form { get; private set; } = null!;

    public int Theme { get; private set; }

    public string? Ref { get; private set; }

    public long? StrategyId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? theme, long? strategy, CancellationToken cancellationToken)
    {
        var choices = await plans.ChoicesAsync(PlanUsers.From(HttpContext), strategy, cancellationToken).ConfigureAwait(false);
        if (choices is null) return NotFound();
        Form = new RowForm { Choices = choices, Status = nameof(Csp.Core.Strategy.ActionStatus.NotStarted), Rag = nameof(Csp.Core.Strategy.Rag.NotRated) };
        Theme = theme ?? choices.Themes.FirstOrDefault()?.Number ?? 1;
        StrategyId = strategy;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? strategy, int? theme, string? @ref, string? action, string[]? groups, string[]? priorities, string? otherPriorities,
        string? owner, string? lead, string? start, string? due, string? status, string? rag, CancellationToken cancellationToken)
    {
        var user = PlanUsers.From(HttpContext);
        var posted = new RowForm
        {
            Action = action, Groups = groups ?? [], Priorities = priorities ?? [], OtherPriorities = otherPriorities, Owner = owner, Lead = lead, Start = start, Due = due,
            Status = status, Rag = rag,
        };
        var change = await plans.AddAsync(user, strategy, new NewActionRow(theme ?? 0, @ref, posted.ToEdit()), cancellationToken).ConfigureAwait(false);
        if (change.Forbidden) return Forbid();
        if (change.Done) return Redirect($"/action-plan/{change.Id}");
        var choices = await plans.ChoicesAsync(user, strategy, cancellationToken).ConfigureAwait(false);
        if (choices is null) return NotFound();
        posted.Choices = choices;
        posted.Refused(change);
        Form = posted;
        Theme = theme ?? 0;
        Ref = @ref;
        StrategyId = strategy;
        return Page();
    }
}
