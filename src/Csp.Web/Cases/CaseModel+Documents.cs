using System.Globalization;
using Csp.Workbench.Cases;
using Microsoft.AspNetCore.Mvc;

namespace Csp.Web.Cases;

/// <summary>
/// The case page's documents: the list, and the upload form (multipart, with the page's anti-forgery token like every
/// form). The use case checks the size against <c>document_limit_mb</c> and the kind by the file's content; a request
/// larger than the web server takes (30,000,000 bytes) is refused by it with 413 before it reaches the page.
/// </summary>
public sealed partial class CaseModel
{
    public IReadOnlyList<CaseDocument> Documents { get; private set; } = [];

    public int DocumentLimitMegabytes => cases.Configuration.Settings.DocumentLimitMegabytes;

    public async Task<IActionResult> OnPostDocumentAsync(long id, IFormFile? document, CancellationToken cancellationToken)
    {
        if (document is null || document.Length == 0) return await RefuseAsync(id, "documents", "Choose a file to upload (an empty file is not kept).", cancellationToken).ConfigureAwait(false);
        await using var content = document.OpenReadStream();
        return await ChangeAsync(id, "documents", cases.UploadDocumentAsync(Officer(), id, document.FileName, content, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"23 KB", "1.4 MB".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1048576.0).ToString("0.0", CultureInfo.GetCultureInfo("en-GB")) + " MB"
        : Math.Max(1, (bytes + 1023) / 1024).ToString("N0", CultureInfo.GetCultureInfo("en-GB")) + " KB";
}
