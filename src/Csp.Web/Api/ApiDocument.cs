using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Csp.Web.Api;

/// <summary>The OpenAPI document's title and how to authenticate: the session cookie of a signed-in user.</summary>
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CSP Workbench API",
            Version = "v1",
            Description = "The partnership's Strategic Assessment and data status as JSON. Sign in (POST /account/sign-in in a browser session) and send the " +
                "session cookie 'csp.session'. Assessment and status need the Administrator, Analyst or Partner officer role; imports need Administrator or Analyst. " +
                "Without a session the API answers 401, with a role that does not allow it 403.",
        };
        return Task.CompletedTask;
    }
}
