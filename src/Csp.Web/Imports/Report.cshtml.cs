using Csp.Core.Imports;
using Csp.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Csp.Web.Imports;

public sealed class ReportModel(CspDbContext db, ImportBoard board) : PageModel
{
    public ImportView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.WebImports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null) return NotFound();
        View = ImportEndpoints.View(row, board.Progress(id));
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
