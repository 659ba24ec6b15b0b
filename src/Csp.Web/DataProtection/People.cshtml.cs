using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.DataProtection;

/// <summary>/admin/people?name=N: find a person's record by name to answer a data protection request (administrators; each search audited).</summary>
public sealed class PeopleModel(AsbCases cases) : PageModel
{
    public string? Name { get; private set; }

    public IReadOnlyList<PersonMatch> Matches { get; private set; } = [];

    public async Task OnGetAsync(string? name, CancellationToken cancellationToken)
    {
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (Name is not null)
            Matches = await cases.FindPeopleAsync(new Actor(User.Identity?.Name, HttpContext.Connection.RemoteIpAddress?.ToString()), Name, cancellationToken).ConfigureAwait(false);
    }
}
