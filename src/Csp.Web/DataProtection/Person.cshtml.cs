using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.DataProtection;

/// <summary>
/// /admin/people/{id}: one person's record for a data protection request (administrators): their details, the cases they
/// are on with their roles, the subject access export in each format, and erasure: allowed only when the rule in
/// <see cref="AsbCases.EraseAsync"/> holds (otherwise the reasons are shown and the form is not), confirmed by a tick.
/// </summary>
public sealed class PersonModel(AsbCases cases) : PageModel
{
    public PersonOverview Person { get; private set; } = null!;

    /// <summary>The answer to an erasure just asked for, shown above the record.</summary>
    public ErasureOutcome? Erasure { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEraseAsync(long id, bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            Error = "Tick the box to confirm the erasure: it cannot be undone.";
            return await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
        }
        Erasure = await cases.EraseAsync(Actor(), id, dryRun: false, cancellationToken).ConfigureAwait(false);
        if (Erasure is null) return NotFound();
        return await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    private Actor Actor() => new(User.Identity?.Name, HttpContext.Connection.RemoteIpAddress?.ToString());

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await cases.PersonAsync(Actor(), id, cancellationToken).ConfigureAwait(false) is not { } person) return false;
        Person = person;
        return true;
    }
}
