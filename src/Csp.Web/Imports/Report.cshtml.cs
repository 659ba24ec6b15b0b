using Csp.Core.Imports;
using Csp.Workbench.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Imports;

public sealed class ReportModel(BrowserImports imports, ImportBoard board) : PageModel
{
    public ImportView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await imports.FindAsync(id, board.Progress(id), cancellationToken).ConfigureAwait(false) is not { } view) return NotFound();
        View = view;
        return Page();
    }

    public static string Outcome(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Added => "Added",
        FileOutcome.Replaced => "Replaced an earlier release",
        FileOutcome.Unchanged => "Already imported: nothing changed",
        FileOutcome.Rejected => "Rejected",
        _ => outcome.ToString(),
    };
}
