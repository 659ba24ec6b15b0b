using System.Globalization;

namespace Csp.Web.Api;

/// <summary>
/// A program's request refused with 400 before its endpoint ran (a query value not of its type, such as
/// populationYear=abc) gets problem details that name the value, as every other refusal does, instead of an empty body.
/// </summary>
internal static class UnreadableQuery
{
    public static async Task WriteAsync(Microsoft.AspNetCore.Diagnostics.StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status400BadRequest) return;
        var query = http.Request.Query;
        var named = new List<string>();
        if (query.TryGetValue("populationYear", out var year) && !int.TryParse(year, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            named.Add($"populationYear '{year}' is not a year such as 2022");
        }
        if (query.TryGetValue("partial", out var partial) && !bool.TryParse(partial, out _)) named.Add($"partial '{partial}' is not true or false");
        if (query.TryGetValue("suppressBelow", out var below) && !int.TryParse(below, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            named.Add($"suppressBelow '{below}' is not a whole number");
        }
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The query is not understood",
                Detail = named.Count > 0 ? string.Join("; ", named) + "." : "A parameter is missing or not of its type.",
            },
        }).ConfigureAwait(false);
    }
}
