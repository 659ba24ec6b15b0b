using Csp.Workbench.Imports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Imports;

public sealed class IndexModel(BrowserImports imports, ImportBoard board) : PageModel
{
    public IReadOnlyList<ImportView> Imports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Imports = await imports.ListAsync(50, board.Progress, cancellationToken).ConfigureAwait(false);

    public static string Describe(string kind) => kind switch
    {
        "police-uk" => "Police.uk crime and ASB",
        "population" => "Population estimates",
        "geography" => "Area lookups and boundaries",
        _ => kind,
    };
}
