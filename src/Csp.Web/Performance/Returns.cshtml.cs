using Csp.Core.Performance;
using Csp.Workbench.Performance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Performance;

/// <summary>
/// A partner officer's return: one figure per measure, area and quarter, for their agency's measures only (analysts and
/// administrators: every returned measure). Every entry, kept or refused, is audited by the use case.
/// </summary>
[RequestSizeLimit(PartnerReturns.UploadLimitBytes + 1024 * 1024)]
public sealed class ReturnsModel(PartnerReturns returns, PerformanceTables tables) : PageModel
{
    [BindProperty] public string? Measure { get; set; }
    [BindProperty] public string? Area { get; set; }
    [BindProperty] public string? Quarter { get; set; }
    [BindProperty] public string? Breakdown { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? Note { get; set; }

    public IReadOnlyList<Measure> Measures { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Areas { get; private set; } = [];

    public ReturnSubmission? Result { get; private set; }

    /// <summary>What became of an uploaded return file: kept, replaced, refused with file, line and field.</summary>
    public Csp.Core.Imports.FileImportReport? Upload { get; private set; }

    public ReturnUser Officer => PerformanceUser.Of(HttpContext);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Result = await returns.SubmitAsync(Officer, new ReturnEntry(Measure ?? "", Area ?? "", Quarter ?? "", Breakdown, Value, Note), cancellationToken).ConfigureAwait(false);
        if (!Result.Done) Response.StatusCode = 400;
        await LoadAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A return file (CSV or XLSX, the long form): the same import as <c>csp import returns</c>, only the user's agency's measures accepted.</summary>
    public async Task OnPostUploadAsync(IFormFile? returnFile, CancellationToken cancellationToken)
    {
        if (returnFile is null || returnFile.Length == 0)
        {
            Result = ReturnSubmission.Refused("file", "Choose a CSV or XLSX file to upload (an empty file is not imported).");
            Response.StatusCode = 400;
        }
        else if (returns.MeasuresFor(Officer).Count == 0)
        {
            Result = ReturnSubmission.Refused("file", $"{Officer.AgencyName} returns none of the partnership's measures.");
            Response.StatusCode = 403;
        }
        else
        {
            await using var content = returnFile.OpenReadStream();
            Upload = await returns.UploadAsync(Officer, returnFile.FileName, content, cancellationToken).ConfigureAwait(false);
            if (Upload.Outcome == Csp.Core.Imports.FileOutcome.Rejected) Response.StatusCode = 400;
        }
        await LoadAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Measures = returns.MeasuresFor(Officer);
        Areas = await tables.AreasAsync(cancellationToken).ConfigureAwait(false);
        Quarter ??= await tables.DefaultQuarterAsync(cancellationToken).ConfigureAwait(false);
    }
}
