namespace Csp.Web.Security;

/// <summary>Requests a program makes (JSON): they get status codes and problem details, never a redirect or an HTML page.</summary>
internal static class ApiPaths
{
    /// <remarks>/api itself is the page that explains the API.</remarks>
    public static bool IsApi(PathString path) =>
        (path.StartsWithSegments("/api") && path.Value!.TrimEnd('/').Length > "/api".Length) || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/dashboard/map")
        || (path.StartsWithSegments("/imports") && (path.Value?.EndsWith("/progress", StringComparison.Ordinal) == true || path.StartsWithSegments("/imports/uploads")));
}
