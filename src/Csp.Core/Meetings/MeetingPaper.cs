namespace Csp.Core.Meetings;

/// <summary>
/// A paper taken at a meeting: a report the product made, kept as its title and the product's own address that makes it
/// again ("/action-plan/report?quarter=2025-Q3&amp;format=pdf"), so the meeting page can offer it for download.
/// </summary>
public sealed record MeetingPaper(string Title, string Link)
{
    /// <summary>The product's report addresses a paper may name (a path of the web app, never another site).</summary>
    public static IReadOnlyList<string> Reports { get; } =
        ["/reports/assessment", "/reports/committee", "/action-plan/report", "/strategy/page", "/strategy/document", "/performance/report", "/meetings/"];

    /// <summary>
    /// The link as kept, or why it cannot be: a path of one of the product's reports (<see cref="Reports"/>) with its query,
    /// no scheme, host or "//", at most 1,000 characters.
    /// </summary>
    public static (string? Link, string? Problem) Check(string? link)
    {
        var t = (link ?? "").Trim();
        if (t.Length == 0) return (null, "Give the paper's address: a report of this product, such as /action-plan/report?quarter=2025-Q3&format=pdf.");
        if (t.Length > 1000) return (null, "The paper's address is at most 1,000 characters.");
        // An address copied from the browser: keep its path and query only when it is this product's.
        if (Uri.TryCreate(t, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") t = absolute.PathAndQuery;
        if (!t.StartsWith('/') || t.StartsWith("//", StringComparison.Ordinal) || t.Contains('\\', StringComparison.Ordinal)
            || !Reports.Any(r => t.StartsWith(r, StringComparison.OrdinalIgnoreCase) && (t.Length == r.Length || r.EndsWith('/') || t[r.Length] == '?')))
        {
            return (null, "A paper is a report this product made: " + string.Join(", ", Reports.Select(r => r.TrimEnd('/'))) + " (with its query, e.g. ?format=pdf).");
        }
        return (t, null);
    }
}
