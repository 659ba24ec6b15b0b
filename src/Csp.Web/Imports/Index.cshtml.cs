using Csp.Storage;
using Csp.Storage.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Csp.Web.Imports;

public sealed class IndexModel(CspDbContext db) : PageModel
{
    public IReadOnlyList<WebImportRow> Imports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Imports = await db.WebImports.AsNoTracking().OrderByDescending(r => r.Id).Take(50).ToListAsync(cancellationToken).ConfigureAwait(false);

    public static string Describe(string kind) => kind switch
    {
        "police-uk" => "Police.uk crime and ASB",
        "population" => "Population estimates",
        "geography" => "Area lookups and boundaries",
        _ => kind,
    };
}
