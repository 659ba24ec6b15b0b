using Csp.Web.Security;
using Csp.Web.Strategy;
using Csp.Workbench.Meetings;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Meetings;

/// <summary>
/// /meetings[?group=G]: the meetings of the partnership's groups, newest first, by group; every role reads them.
/// Administrators and analysts record a new meeting (group and date) here and then its record on its page.
/// </summary>
public sealed class IndexModel(Workbench.Meetings.Meetings meetings, Strategies strategies, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<MeetingSummary> List { get; private set; } = [];

    public IReadOnlyList<GroupView> Groups { get; private set; } = [];

    public string? Group { get; private set; }

    public bool MayManage { get; private set; }

    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(string? group, CancellationToken cancellationToken) => await LoadAsync(group, cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(string? group, DateOnly? heldOn, string? title, string? location, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded) return Forbid();
        var change = await meetings.CreateAsync(PlanUsers.From(HttpContext), group, heldOn, title, location, cancellationToken).ConfigureAwait(false);
        if (change.Done) return Redirect($"/meetings/{change.Id}");
        Errors.AddRange(change.Errors);
        await LoadAsync(null, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(string? group, CancellationToken cancellationToken)
    {
        Group = string.IsNullOrWhiteSpace(group) ? null : group.Trim();
        List = await meetings.ListAsync(Group, cancellationToken).ConfigureAwait(false);
        Groups = await strategies.StructureAsync(cancellationToken).ConfigureAwait(false);
        MayManage = (await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded;
    }
}
