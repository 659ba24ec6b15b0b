using Csp.Web.Security;
using Csp.Workbench.Cases;

namespace Csp.Web.Cases;

/// <summary>
/// <c>GET /cases/{id}/documents/{documentId}</c>: a document's content, for an officer who may see the case (404 for
/// anyone else, as the case page is, and when the document's content was removed). Always an attachment with the type
/// its content was found to be, never shown in the app's own pages; the download is audited by the use case.
/// </summary>
public static class CaseDocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGroup("/cases").RequireAuthorization(Policies.Cases)
            .MapGet("/{id:long}/documents/{documentId:long}", DownloadAsync)
            .WithName("CaseDocument")
            .ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(long id, long documentId, HttpContext http, AsbCases cases, CancellationToken cancellationToken)
    {
        var file = await cases.DownloadDocumentAsync(CaseUsers.From(http), id, documentId, cancellationToken).ConfigureAwait(false);
        if (file is null) return Results.NotFound();
        // A sandbox besides the attachment: should a browser show it anyway, it runs nothing in the app's origin.
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
