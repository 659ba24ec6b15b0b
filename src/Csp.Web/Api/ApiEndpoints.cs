using Csp.Core.Assessment;
using Csp.Storage.Status;
using Csp.Web.Assessment;
using Csp.Workbench.Assessment;
using Csp.Workbench.Status;
using Csp.Web.Imports;
using Csp.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Csp.Web.Api;

/// <summary>
/// The JSON API: the assessment (the model of <c>csp assess --format json</c>) and what the database holds (<c>csp status
/// --format json</c>) for the Api policy; browser imports' progress and reports for the Imports policy.
/// </summary>
public static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.Api).WithTags("Assessment");
        api.MapGet("/assessment", GetAssessmentAsync)
            .WithName("GetAssessment")
            .WithSummary("The Strategic Assessment of an area for a period against a baseline")
            .WithDescription("The same model as `csp assess --format json`. Give the area and exactly one way of choosing the period. " +
                "400: the query is not understood; 404: no such area; 422: the data lacks months the comparison needs (missingRanges lists them, a range per run of months a force lacks; add partial=true to compare the months held).")
            .Produces<AssessmentResult>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/status", GetStatusAsync)
            .WithName("GetStatus")
            .WithSummary("What the database holds")
            .WithDescription("The same model as `csp status --format json`: months per force with row counts, months missing, areas by level, population years, imported files, quarantined rows.");

        var imports = app.MapGroup("/api/imports").RequireAuthorization(Policies.Imports).WithTags("Imports");
        imports.MapGet("/", ImportEndpoints.ListAsync)
            .WithName("ListImports")
            .WithSummary("Imports started from the browser, newest first");
        imports.MapGet("/{id:long}", ImportEndpoints.GetAsync)
            .WithName("GetImport")
            .WithSummary("One browser import: its progress while it runs, then its report (files, rows added, duplicates, quarantined rows with reasons)");
    }

    /// <remarks>
    /// The body is the cached UTF-8 of the result (the same options as the CLI's, unindented), so the documented type is
    /// given with Produces; the database is opened only to find an area by name.
    /// </remarks>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAssessmentAsync([AsParameters] AssessmentParameters query,
        Assessments assessments, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var answer = await assessments.AnswerAsync(new AssessmentQuery(query.Area, query.Choice(), query.PopulationYear, query.Partial == true, user.Readership()), cancellationToken).ConfigureAwait(false);
        if (answer.Result is not null)
        {
            return TypedResults.File(assessments.Json(answer.Result), "application/json; charset=utf-8");
        }
        var extensions = answer.MissingRanges.Count > 0 ? new Dictionary<string, object?> { ["missingRanges"] = answer.MissingRanges } : null;
        return TypedResults.Problem(answer.Detail, statusCode: answer.Status, title: answer.Title, extensions: extensions);
    }

    private static async Task<Ok<DatabaseStatus>> GetStatusAsync(StatusReport status, CancellationToken cancellationToken) =>
        TypedResults.Ok(await status.ReadAsync(cancellationToken).ConfigureAwait(false));
}
