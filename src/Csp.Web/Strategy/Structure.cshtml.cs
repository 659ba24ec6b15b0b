using Csp.Web.Security;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Strategy;

/// <summary>/strategy/structure: the partnership's groups (kind, the group each reports to, chair, how often it meets, agencies, who sits on it); administrators and analysts put users on groups.</summary>
public sealed class StructureModel(Strategies strategies, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<GroupView> Groups { get; private set; } = [];

    public bool MayManage { get; private set; }

    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(string? group, string? userName, string? role, CancellationToken cancellationToken)
    {
        var change = await strategies.AddMemberAsync(PlanUsers.From(HttpContext), group ?? "", userName ?? "", role ?? "Member", cancellationToken).ConfigureAwait(false);
        if (change.Done) return Redirect("/strategy/structure");
        Errors.AddRange(change.Errors);
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Groups = await strategies.StructureAsync(cancellationToken).ConfigureAwait(false);
        MayManage = (await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded;
    }
}
